/**
 * Where a memory keeps its units: the array it was built from, or the string
 * columns of a loaded index file (decoded only when a unit is returned).
 */
import type { Lang, TranslationUnit } from '../../types';

/** Read access to the units of a memory by index (input order). */
export interface UnitStore {
  readonly size: number;
  /** The whole unit. */
  unit(index: number): TranslationUnit;
  /** One side's text, without building the unit. */
  text(index: number, lang: Lang): string;
}

/** Units held as the objects they were given as. */
export class ArrayUnitStore implements UnitStore {
  private readonly units: readonly TranslationUnit[];

  constructor(units: readonly TranslationUnit[]) {
    this.units = units;
  }

  get size(): number {
    return this.units.length;
  }

  unit(index: number): TranslationUnit {
    const unit = this.units[index];
    if (!unit) throw new RangeError(`No unit ${index} in a memory of ${this.units.length}`);
    return unit;
  }

  text(index: number, lang: Lang): string {
    return this.unit(index)[lang];
  }
}
