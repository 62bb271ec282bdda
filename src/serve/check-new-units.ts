/**
 * Check units given to `addUnits` (from `POST /api/units` or an
 * application): an array of `{en, zh, tuid?, confidence?, props?, …}`, where
 * any other string-valued field is a prop (`{"en", "zh", "x-client": "weblate"}`).
 */
import { ServeError } from '../errors';
import { ILLEGAL_XML_CHAR } from '../xml/xml-chars';
import type { NewUnit } from './live-memory';

/** Limits of units a client may add. */
export interface NewUnitLimits {
  /** Most units in one call. Default 10,000. */
  readonly maxUnits: number;
  /** Longest English or Chinese text, in UTF-16 code units. Default 65,536. */
  readonly maxTextLength: number;
}

/**
 * Defaults of {@link NewUnitLimits}.
 * @example DEFAULT_NEW_UNIT_LIMITS //=> { maxUnits: 10000, maxTextLength: 65536 }
 */
export const DEFAULT_NEW_UNIT_LIMITS: NewUnitLimits = { maxUnits: 10_000, maxTextLength: 65_536 };

const RESERVED = new Set(['en', 'zh', 'tuid', 'confidence', 'props', 'id', 'key']);

/**
 * The units in `value`, checked.
 * @throws ServeError `SERVE_BAD_REQUEST` (400) naming the first bad unit and field; `SERVE_TOO_LARGE` (413) past `maxUnits`.
 */
export function checkNewUnits(value: unknown, limits: NewUnitLimits = DEFAULT_NEW_UNIT_LIMITS): NewUnit[] {
  if (!Array.isArray(value)) throw bad('Expected a JSON array of units ({"en": "…", "zh": "…"}), found ' + describe(value) + '.');
  if (value.length === 0) throw bad('Expected at least one unit, found an empty array.');
  if (value.length > limits.maxUnits) {
    throw new ServeError('SERVE_TOO_LARGE', `Expected at most ${limits.maxUnits} units in one request, found ${value.length}; use POST /api/import for a TMX file.`, { status: 413 });
  }
  return value.map((item: unknown, index) => checkUnit(item, index, limits));
}

function checkUnit(item: unknown, index: number, limits: NewUnitLimits): NewUnit {
  const where = `unit ${index}`;
  if (typeof item !== 'object' || item === null || Array.isArray(item)) throw bad(`Expected ${where} to be an object, found ${describe(item)}.`);
  const record = item as Record<string, unknown>;
  const en = checkText(record['en'], `${where}.en`, limits);
  const zh = checkText(record['zh'], `${where}.zh`, limits);
  const tuid = record['tuid'];
  if (tuid !== undefined && (typeof tuid !== 'string' || tuid.trim() === '' || tuid.length > 256)) throw bad(`Expected ${where}.tuid to be a non-empty string of at most 256 characters, found ${describe(tuid)}.`);
  const confidence = record['confidence'];
  if (confidence !== undefined && !(typeof confidence === 'number' && confidence >= 0 && confidence <= 1)) throw bad(`Expected ${where}.confidence to be a number from 0 to 1, found ${describe(confidence)}.`);
  // Entries, not assignments: a prop named "__proto__" stays an own property.
  const props: [string, string][] = [];
  const given = record['props'];
  if (given !== undefined) {
    if (typeof given !== 'object' || given === null || Array.isArray(given)) throw bad(`Expected ${where}.props to be an object of strings, found ${describe(given)}.`);
    for (const [name, prop] of Object.entries(given)) props.push([checkPropName(name, where), checkProp(prop, `${where}.props.${name}`)]);
  }
  for (const [name, prop] of Object.entries(record)) {
    if (!RESERVED.has(name)) props.push([checkPropName(name, where), checkProp(prop, `${where}.${name}`)]);
  }
  return {
    en,
    zh,
    ...(typeof tuid === 'string' ? { tuid } : {}),
    ...(typeof confidence === 'number' ? { confidence } : {}),
    ...(props.length > 0 ? { props: Object.fromEntries(props) } : {}),
  };
}

function checkText(value: unknown, field: string, limits: NewUnitLimits): string {
  if (typeof value !== 'string' || value.trim() === '') throw bad(`Expected ${field} to be a non-empty string, found ${describe(value)}.`);
  if (value.length > limits.maxTextLength) {
    throw new ServeError('SERVE_TOO_LARGE', `Expected ${field} to hold at most ${limits.maxTextLength} characters, found ${value.length}.`, { status: 413 });
  }
  ILLEGAL_XML_CHAR.lastIndex = 0;
  if (ILLEGAL_XML_CHAR.test(value)) throw bad(`Expected ${field} to hold only characters TMX (XML 1.0) allows, found a control character or a lone surrogate.`);
  return value;
}

function checkPropName(name: string, where: string): string {
  if (name.trim() === '' || name.length > 256) throw bad(`Expected the prop names of ${where} to be non-empty and at most 256 characters, found "${name.slice(0, 40)}".`);
  return name;
}

function checkProp(value: unknown, field: string): string {
  if (typeof value !== 'string') throw bad(`Expected ${field} to be a string (a TMX prop), found ${describe(value)}.`);
  if (value.length > 4096) throw bad(`Expected ${field} to hold at most 4096 characters, found ${value.length}.`);
  return value;
}

function bad(message: string): ServeError {
  return new ServeError('SERVE_BAD_REQUEST', message, { status: 400 });
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value === '' ? 'an empty string' : 'a string';
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  return typeof value === 'object' ? 'an object' : typeof value;
}
