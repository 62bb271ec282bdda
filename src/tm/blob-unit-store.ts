/** Units read from an index file: string columns, decoded only when a unit is asked for. */
import type { Lang, TranslationUnit } from '../types';
import { stringAt, type StringColumn } from './string-column';
import type { UnitStore } from './unit-store';

/** The string columns of the units in an index file. */
export interface UnitColumns {
  readonly id: StringColumn;
  readonly en: StringColumn;
  readonly zh: StringColumn;
  /** JSON of `{confidence?, origin?, props?}`, or empty. */
  readonly extra: StringColumn;
}

/** The optional fields of a unit, as stored in the `extra` column. */
type UnitExtra = Pick<TranslationUnit, 'confidence' | 'origin' | 'props'>;

/** JSON of the unit's optional fields, empty when it has none. */
export function unitExtraJson(unit: TranslationUnit): string {
  if (unit.confidence === undefined && unit.origin === undefined && unit.props === undefined) return '';
  const extra: UnitExtra = {
    ...(unit.confidence === undefined ? {} : { confidence: unit.confidence }),
    ...(unit.origin === undefined ? {} : { origin: unit.origin }),
    ...(unit.props === undefined ? {} : { props: unit.props }),
  };
  return JSON.stringify(extra);
}

/** A unit store over string columns. */
export class BlobUnitStore implements UnitStore {
  readonly columns: UnitColumns;

  constructor(columns: UnitColumns) {
    this.columns = columns;
  }

  get size(): number {
    return this.columns.id.ends.length;
  }

  unit(index: number): TranslationUnit {
    if (!(index >= 0 && index < this.size)) throw new RangeError(`No unit ${index} in a memory of ${this.size}`);
    const extraJson = stringAt(this.columns.extra, index);
    const extra = extraJson === '' ? {} : (JSON.parse(extraJson) as UnitExtra);
    return { id: stringAt(this.columns.id, index), en: stringAt(this.columns.en, index), zh: stringAt(this.columns.zh, index), ...extra };
  }

  text(index: number, lang: Lang): string {
    return stringAt(this.columns[lang], index);
  }
}
