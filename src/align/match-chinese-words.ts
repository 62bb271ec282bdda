/**
 * Fast Chinese word lookup: forward longest match against the CC-CEDICT
 * headwords (segmentit runs at ~60k chars/s, far too slow for alignment).
 */
import type { AlignLexicon } from './align-lexicon';

/**
 * Split a run of Simplified Han characters into dictionary words, longest
 * first, left to right; characters no headword starts with stand alone.
 * @example matchChineseWords('我的伟大友谊', lexicon) //=> ['我', '的', '伟大', '友谊']
 */
export function matchChineseWords(run: string, lexicon: AlignLexicon): string[] {
  const words: string[] = [];
  let start = 0;
  while (start < run.length) {
    // A lone astral character (surrogate pair) is one word of length 2.
    let best = (run.codePointAt(start) ?? 0) > 0xffff ? 2 : 1;
    const limit = Math.min(run.length, start + lexicon.maxWordLength);
    for (let end = start + 1; end <= limit; end++) {
      const candidate = run.slice(start, end);
      if (lexicon.translations.has(candidate)) best = Math.max(best, end - start);
      if (!lexicon.prefixes.has(candidate)) break;
    }
    words.push(run.slice(start, start + best));
    start += best;
  }
  return words;
}
