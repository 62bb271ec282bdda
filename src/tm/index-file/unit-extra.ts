/**
 * A unit's optional fields (confidence, origin, props) as the JSON of the
 * index file's `unit.extra` column, and back — checked, so that a damaged or
 * crafted file is refused on load instead of handing out units of the wrong
 * shape. Numbers JSON cannot hold (NaN, ±Infinity, -0) are written as
 * `{"$number": "NaN"}` and so come back as they were.
 */
import type { TranslationUnit } from '../../types';

/** The optional fields of a unit, as stored in the `extra` column. */
export type UnitExtra = Pick<TranslationUnit, 'confidence' | 'origin' | 'props'>;

const SPECIAL_NUMBER = '$number';

function replacer(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0))) return { [SPECIAL_NUMBER]: Object.is(value, -0) ? '-0' : String(value) };
  return value;
}

function reviver(_key: string, value: unknown): unknown {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const keys = Object.keys(value);
    const special = (value as Record<string, unknown>)[SPECIAL_NUMBER];
    if (keys.length === 1 && keys[0] === SPECIAL_NUMBER && typeof special === 'string' && ['NaN', 'Infinity', '-Infinity', '-0'].includes(special)) return Number(special);
  }
  return value;
}

/** JSON of the unit's optional fields, empty when it has none. */
export function unitExtraJson(unit: TranslationUnit): string {
  if (unit.confidence === undefined && unit.origin === undefined && unit.props === undefined) return '';
  const extra: UnitExtra = {
    ...(unit.confidence === undefined ? {} : { confidence: unit.confidence }),
    ...(unit.origin === undefined ? {} : { origin: unit.origin }),
    ...(unit.props === undefined ? {} : { props: unit.props }),
  };
  return JSON.stringify(extra, replacer);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isPair = (value: unknown): boolean => Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number');
const isSpan = (value: unknown): boolean => isObject(value) && typeof value['start'] === 'number' && typeof value['end'] === 'number';

/** What is wrong with a parsed extra value, or undefined when it has the shape of {@link UnitExtra}. */
function extraProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'an object';
  for (const key of Object.keys(value)) if (key !== 'confidence' && key !== 'origin' && key !== 'props') return `only confidence, origin and props, not "${key}"`;
  if (value['confidence'] !== undefined && typeof value['confidence'] !== 'number') return 'a numeric confidence';
  const props = value['props'];
  if (props !== undefined && (!isObject(props) || Object.values(props).some((v) => typeof v !== 'string'))) return 'props with string values';
  const origin = value['origin'];
  if (origin !== undefined) {
    const lines = isObject(origin) ? origin['lines'] : undefined;
    const spans = isObject(origin) ? origin['spans'] : undefined;
    const ok =
      isObject(origin) &&
      typeof origin['document'] === 'string' &&
      typeof origin['article'] === 'number' &&
      typeof origin['bead'] === 'string' &&
      isObject(lines) &&
      isPair(lines['en']) &&
      isPair(lines['zh']) &&
      isObject(spans) &&
      isSpan(spans['en']) &&
      isSpan(spans['zh']);
    if (!ok) return 'an origin with document, article, bead, lines and spans';
  }
  return undefined;
}

/**
 * The optional fields stored as `json` ('' for none).
 * @returns The fields, or a description of what was expected when `json` is not such an object.
 */
export function parseUnitExtra(json: string): UnitExtra | { readonly expected: string } {
  if (json === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(json, reviver);
  } catch {
    return { expected: 'JSON' };
  }
  const problem = extraProblem(value);
  return problem === undefined ? (value as UnitExtra) : { expected: problem };
}
