/**
 * The shipped CC-CEDICT extract, loaded on first use and kept for the
 * process: every stage that uses the dictionary by default shares one copy
 * (about a second and 100 MB to load), and a program that never needs it
 * never loads it.
 */
import type { Lexicon } from './lexicon';
import { loadLexicon } from './load-lexicon';

let shared: Lexicon | undefined;

/**
 * The shipped lexicon, loaded once per process.
 * @example defaultLexicon() === defaultLexicon() //=> true
 */
export function defaultLexicon(): Lexicon {
  shared ??= loadLexicon();
  return shared;
}
