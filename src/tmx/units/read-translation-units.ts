/** `readTmx` + `toTranslationUnit`: stream English–Chinese units out of a TMX file. */
import type { Issue } from '../../errors';
import type { TranslationUnit } from '../../types';
import type { TranslationUnitReadOptions } from './parse-translation-units';
import { readTmx, type TmxSource } from '../read/read-tmx';
import type { TmxHeader } from '../tmx-unit';
import { toTranslationUnit } from './to-translation-unit';

/** English–Chinese units of a TMX file as an async iterable (iterate it once). */
export interface TranslationUnitReader extends AsyncIterable<TranslationUnit> {
  readonly header: TmxHeader | undefined;
  /** Issues so far (empty when `options.onIssue` takes them). */
  readonly issues: readonly Issue[];
  /**
   * Units read so far whose `<seg>`s held inline markup (`<bpt>`, `<ph>`, …):
   * with the default `inline: 'flatten'`, units whose tags were dropped.
   */
  readonly unitsWithMarkup: number;
}

/**
 * Stream the English–Chinese units of a TMX file in bounded memory; units
 * without both languages are skipped with an Issue (see `toTranslationUnit`).
 * @example
 * const units: TranslationUnit[] = [];
 * for await (const unit of readTranslationUnits(createReadStream('confident.tmx'))) units.push(unit);
 * units.map((unit) => [unit.id, unit.confidence]) //=> [['a0-u0', 0.99], ['a0-u2', 0.97]]
 * // The whole program, with the file it reads: examples/read-tmx-stream.ts
 */
export function readTranslationUnits(source: TmxSource, options: TranslationUnitReadOptions = {}): TranslationUnitReader {
  const issues: Issue[] = [];
  const report = options.onIssue ?? ((issue: Issue) => issues.push(issue));
  const reader = readTmx(source, { ...options, onIssue: report });
  let unitsWithMarkup = 0;
  async function* units(): AsyncGenerator<TranslationUnit> {
    for await (const unit of reader) {
      if (unit.variants.some((variant) => variant.hasMarkup)) unitsWithMarkup++;
      const converted = toTranslationUnit(unit, options);
      converted.issues.forEach(report);
      if (converted.value !== undefined) yield converted.value;
    }
  }
  return {
    get header() {
      return reader.header;
    },
    issues,
    get unitsWithMarkup() {
      return unitsWithMarkup;
    },
    [Symbol.asyncIterator]: () => units(),
  };
}
