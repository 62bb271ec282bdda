/**
 * Reading the shared alignment gold sets for the benchmark and the model fit
 * (../shared/eval/align/<set>/{src,tgt,gold}/NNN, meta.json). Bench code only:
 * unit tests never read ../shared.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBeadFile, type BeadLink } from '../../src/align/eval/bead-file';
import type { Lang } from '../../src/types';

/** One text pair of a gold set. */
export interface GoldText {
  readonly set: string;
  readonly name: string;
  readonly source: string[];
  readonly target: string[];
  readonly sourceLang: Lang;
  readonly targetLang: Lang;
  readonly gold: BeadLink[];
  readonly goldPath: string;
}

/** A bead's source and target indices as one key for comparing links ("3,4:5", as `${source}:${target}` prints). */
export function beadKey(bead: { readonly source: readonly number[]; readonly target: readonly number[] }): string {
  return `${bead.source.join(',')}:${bead.target.join(',')}`;
}

/** The shared folder: $BITEXT_SHARED, else ../shared next to the repository. */
export function sharedDir(): string {
  return process.env['BITEXT_SHARED'] ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared');
}

/** Exit with status 2 and one line when the shared data is absent. */
export function requireShared(what: string): string {
  const dir = sharedDir();
  if (!existsSync(join(dir, 'eval', 'align'))) {
    console.log(`${what}: shared data not found at ${dir}/eval/align (set BITEXT_SHARED); nothing to measure.`);
    process.exit(2);
  }
  return dir;
}

/** One sentence per line; a final newline does not make an extra sentence. */
export function readLines(path: string): string[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** All text pairs of a gold set, in meta.json order. */
export function loadGoldSet(set: string): GoldText[] {
  const dir = join(sharedDir(), 'eval', 'align', set);
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { texts: string[]; src_lang: Lang; tgt_lang: Lang };
  return meta.texts.map((name) => {
    const goldPath = join(dir, 'gold', `${name}.align`);
    return {
      set,
      name,
      source: readLines(join(dir, 'src', name)),
      target: readLines(join(dir, 'tgt', name)),
      sourceLang: meta.src_lang,
      targetLang: meta.tgt_lang,
      gold: parseBeadFile(readFileSync(goldPath, 'utf8'), goldPath),
      goldPath,
    };
  });
}
