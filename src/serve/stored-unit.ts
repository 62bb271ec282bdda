/**
 * A unit as the journal and PostgreSQL keep it: its key, tuid, texts, and the
 * optional fields (confidence, origin, props) as one JSON text.
 */
import type { TranslationUnit } from '../types';
import type { NewUnit } from './live-memory';

/** The columns of a stored unit. */
export interface StoredUnit {
  readonly key: number;
  readonly tuid: string;
  readonly en: string;
  readonly zh: string;
  /** JSON of `{confidence?, origin?, props?}`, or null when the unit has none. */
  readonly extra: string | null;
}

type Extra = Pick<TranslationUnit, 'confidence' | 'origin' | 'props'>;

/** The stored form of a unit under `key`. */
export function storeUnit(key: number, unit: TranslationUnit): StoredUnit {
  const extra: Extra = {
    ...(unit.confidence === undefined ? {} : { confidence: unit.confidence }),
    ...(unit.origin === undefined ? {} : { origin: unit.origin }),
    ...(unit.props === undefined ? {} : { props: unit.props }),
  };
  return { key, tuid: unit.id, en: unit.en, zh: unit.zh, extra: Object.keys(extra).length === 0 ? null : JSON.stringify(extra) };
}

/** The translation unit of a stored one. */
export function loadUnit(stored: StoredUnit): TranslationUnit {
  const extra = stored.extra === null ? {} : (JSON.parse(stored.extra) as Extra);
  return { id: stored.tuid, en: stored.en, zh: stored.zh, ...extra };
}

/** The translation unit a new unit becomes under `key`: its tuid, or the key, as id. */
export function newTranslationUnit(unit: NewUnit, key: number): TranslationUnit {
  return {
    id: unit.tuid ?? String(key),
    en: unit.en,
    zh: unit.zh,
    ...(unit.confidence === undefined ? {} : { confidence: unit.confidence }),
    ...(unit.props === undefined ? {} : { props: unit.props }),
  };
}
