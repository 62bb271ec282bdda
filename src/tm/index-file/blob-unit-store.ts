/** Units read from an index file: string columns, decoded only when a unit is asked for. */
import type { Lang, TranslationUnit } from '../../types';
import { stringAt, type StringColumn } from './string-column';
import type { UnitStore } from '../core/unit-store';
import { parseUnitExtra } from './unit-extra';

/** The string columns of the units in an index file. */
export interface UnitColumns {
  readonly id: StringColumn;
  readonly en: StringColumn;
  readonly zh: StringColumn;
  /** JSON of `{confidence?, origin?, props?}`, or empty. */
  readonly extra: StringColumn;
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
    const extra = parseUnitExtra(stringAt(this.columns.extra, index));
    // The loader checked every unit's extra JSON; a damaged one here is a bug, not a user's mistake.
    if ('expected' in extra) throw new Error(`The extra fields of unit ${index} are not ${extra.expected}`);
    return { id: stringAt(this.columns.id, index), en: stringAt(this.columns.en, index), zh: stringAt(this.columns.zh, index), ...extra };
  }

  text(index: number, lang: Lang): string {
    return stringAt(this.columns[lang], index);
  }
}
