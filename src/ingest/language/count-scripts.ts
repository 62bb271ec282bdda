/** Count the evidence for each language in a stretch of text. */
import type { Span } from '../../types';

/** Han characters, Latin letters and Latin words in a stretch of text. */
export interface ScriptCounts {
  readonly han: number;
  readonly latinLetters: number;
  readonly latinWords: number;
}

/**
 * English letters per Han character in translated text: 16,692 Latin letters
 * against 3,658 Han characters in the seed corpus (corpus/raw, pinyin notes
 * included in neither count) gives 4.56. Used to weigh one language's
 * evidence against the other's.
 */
export const LATIN_LETTERS_PER_HAN = 4.5;

const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * Count scripts in `text` between `span.start` and `span.end`, skipping the
 * `skip` spans (sorted, e.g. pinyin notes, which are Latin letters that are not English).
 * @example countScripts('Forum 論壇', { start: 0, end: 8 }) //=> { han: 2, latinLetters: 5, latinWords: 1 }
 */
export function countScripts(text: string, span: Span, skip: readonly Span[] = []): ScriptCounts {
  let han = 0;
  let latinLetters = 0;
  let latinWords = 0;
  let inWord = false;
  let skipIndex = 0;
  let offset = span.start;
  while (offset < span.end) {
    const skipped = skip[skipIndex];
    if (skipped !== undefined && offset >= skipped.start) {
      if (offset < skipped.end) offset = skipped.end;
      skipIndex++;
      continue;
    }
    const code = text.codePointAt(offset) ?? 0;
    const char = String.fromCodePoint(code);
    if (LATIN.test(char)) {
      latinLetters++;
      if (!inWord) latinWords++;
      inWord = true;
    } else {
      inWord = char === "'" || char === '’' || char === '-' ? inWord : false;
      if (HAN.test(char)) han++;
    }
    offset += char.length;
  }
  return { han, latinLetters, latinWords };
}

/**
 * Which language dominates the counts, with Latin letters converted to Han
 * equivalents; `undefined` when neither script occurs.
 * @example dominantLanguage({ han: 10, latinLetters: 12, latinWords: 2 }) //=> 'zh'
 */
export function dominantLanguage(counts: ScriptCounts): 'en' | 'zh' | undefined {
  if (counts.han === 0 && counts.latinLetters === 0) return undefined;
  return counts.han >= counts.latinLetters / LATIN_LETTERS_PER_HAN ? 'zh' : 'en';
}
