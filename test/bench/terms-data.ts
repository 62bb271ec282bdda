/**
 * The term development sets for benchmarks and fitting: the seed's units
 * (the main job's output) with ../shared/eval/terms/seed/terms.tsv, and the
 * WMT22 news units with their gold. Gold pairs are compared as the reference
 * scorer compares them (terms_score.py): NFKC, Simplified, case-folded,
 * letters and digits only, a leading English article dropped. The eval text
 * is read from ../shared at run time, never copied into the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toSimplified } from '../../src/chinese/convert-script';
import type { TranslationUnit } from '../../src/types';

export const ROOT: string = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED: string = process.env['BITEXT_SHARED'] ?? join(ROOT, '..', 'shared');

/** A development set: its units and its gold pairs. */
export interface TermSet {
  readonly name: 'seed' | 'wmt22-news';
  readonly units: readonly TranslationUnit[];
  /** Path of the gold TSV, for the reference scorer. */
  readonly goldFile: string;
  /** Gold pairs as comparison keys (`goldKey`). */
  readonly gold: ReadonlySet<string>;
}

/** Exit with a clear message when ../shared is absent. */
export function requireShared(what: string): void {
  if (!existsSync(join(SHARED, 'eval', 'terms'))) {
    console.error(`${what}: the shared evaluation data is not at ${SHARED} (set BITEXT_SHARED); nothing to measure.`);
    process.exit(2);
  }
}

/**
 * The comparison key of a pair, as the reference scorer normalises it.
 * @example goldKey('the Foreign Affairs Office', '外辦') //=> 'foreignaffairsoffice\t外办'
 */
export function goldKey(en: string, zh: string): string {
  const side = (text: string): string => Array.from(text.normalize('NFKC').toLowerCase()).filter((c) => /[\p{L}\p{N}]/u.test(c)).join('');
  return `${side(en.trim().replace(/^(?:the|a|an)\s+/iu, ''))}\t${side(toSimplified(zh))}`;
}

/** Read a set. */
export function loadTermSet(name: TermSet['name']): TermSet {
  const goldFile = join(SHARED, 'eval', 'terms', name === 'seed' ? 'seed' : 'wmt22-news', 'terms.tsv');
  const units = name === 'seed' ? readUnitsFile(join(ROOT, 'corpus', 'out', 'chongqing-fao-2022.en-zh.units.json')) : readUnitsFile(join(SHARED, 'eval', 'terms', 'wmt22-news', 'units.json'));
  const gold = new Set(
    readFileSync(goldFile, 'utf8')
      .split('\n')
      .slice(1)
      .filter((line) => line.trim().length > 0)
      .map((line) => {
        const [, en = '', zh = ''] = line.split('\t');
        return goldKey(en, zh);
      }),
  );
  return { name, units, goldFile, gold };
}

/** Units from a units JSON file (`{ units: [...] }` or an array), only id, en, zh kept. */
export function readUnitsFile(file: string): TranslationUnit[] {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { units?: TranslationUnit[] } | TranslationUnit[];
  const units = Array.isArray(data) ? data : (data.units ?? []);
  return units.map((u) => ({ id: u.id, en: u.en, zh: u.zh }));
}

/** The document a unit belongs to, for folds: "002" of "002-13", "a3" of "a3-u2". */
export function documentOf(id: string): string {
  return id.split('-')[0] ?? id;
}
