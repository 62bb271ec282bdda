/**
 * Explicit loading of the shipped CC-CEDICT extract. Loading takes a fraction
 * of a second and ~100 MB, so it never happens at import time: call
 * {@link loadLexicon} once and pass the result to the stages that use it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseLexicon, type Lexicon } from './lexicon';

const LEXICON_FILE = join('data', 'cedict.tsv.gz');

/**
 * Load the CC-CEDICT extract shipped in `data/cedict.tsv.gz` (or another file
 * in the same format, gzipped or plain).
 * @example
 * const lexicon = loadLexicon();
 * lexicon.bySimplified.get('总领事')?.[0]?.glosses //=> ['consul general']
 * // Your own glossary in the same format (examples/lexicon.ts):
 * loadLexicon('fao-glossary.tsv').bySimplified.get('总领事')?.[0]?.glosses //=> ['consul general']
 */
export function loadLexicon(path: string = defaultLexiconPath()): Lexicon {
  const bytes = readFileSync(path);
  const text = (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  return parseLexicon(text, path);
}

/**
 * Path of the shipped extract: `data/` of the package, found from this module's folder.
 * @example defaultLexiconPath().endsWith(join('data', 'cedict.tsv.gz')) //=> true
 */
export function defaultLexiconPath(): string {
  // src/lexicon/ in the repository, dist/ in the package: walk up to the folder holding data/.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 4; depth++) {
    const candidate = join(dir, LEXICON_FILE);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error(`bitext-tm: ${LEXICON_FILE} is missing from the package; reinstall bitext-tm`);
}
