/**
 * The sentence splitter of the segment stage: find the sentence ends with the
 * scanner of the language (english-scanner/, chinese-scanner/; both read the
 * character table of char-class.ts and the rules shared by both languages:
 * line-breaks.ts, list-items.ts), then cut and trim (slice-sentences.ts).
 * The tokenizers the other stages share live in tokens/.
 */
import { SegmentError } from '../errors';
import type { Lang } from '../types';
import { findChineseSentenceEnds } from './chinese-scanner/find-chinese-sentence-ends';
import { findEnglishSentenceEnds } from './english-scanner/find-english-sentence-ends';
import { findListItemStarts } from './list-items';
import { sliceSentences, type SplitSentence } from './slice-sentences';
import { resolveSplitOptions, type SplitOptions } from './split-options';

/**
 * Split English or Chinese text into sentences, in order. Each sentence is
 * trimmed of white space and carries its span in `text`; what lies between
 * sentences (and before the first, after the last) is white space only, so
 * nothing is lost.
 *
 * English ends at . ! ? and a final …, but not after abbreviations (Mr., U.S.,
 * e.g.), initials, decimals, list markers, or inside URLs and e-mail addresses.
 * Chinese ends at 。！？ (and ! ? …… when they end a sentence). Closing quotes
 * and brackets stay with the sentence they close.
 *
 * @param text - The text to split (a paragraph or a whole document).
 * @param lang - `'en'` or `'zh'`.
 * @param options - See {@link SplitOptions}; defaults in {@link DEFAULT_SPLIT_OPTIONS}.
 * @returns The sentences with spans into `text`.
 * @throws SegmentError `SEGMENT_UNKNOWN_LANG` for another language, `SEGMENT_INVALID_TEXT` when `text` is not a string.
 * @example
 * splitSentences('Mr. Smith paid $3.50. "Why?" he asked.', 'en').map((s) => s.text)
 * //=> ['Mr. Smith paid $3.50.', '"Why?" he asked.']
 * @example
 * splitSentences('他說：「好。」我們走吧。', 'zh').map((s) => s.text)
 * //=> ['他說：「好。」', '我們走吧。']
 */
export function splitSentences(text: string, lang: Lang, options?: SplitOptions): SplitSentence[] {
  if (typeof text !== 'string') {
    throw new SegmentError('SEGMENT_INVALID_TEXT', `Expected the text to split as a string, found ${describe(text)}.`);
  }
  const resolved = resolveSplitOptions(options);
  switch (lang) {
    case 'en': {
      const items = findListItemStarts(text);
      return sliceSentences(text, mergeOffsets(findEnglishSentenceEnds(text, resolved, items), items));
    }
    case 'zh':
      return sliceSentences(text, mergeOffsets(findChineseSentenceEnds(text, resolved), findListItemStarts(text)));
    default:
      throw new SegmentError('SEGMENT_UNKNOWN_LANG', `Expected the language 'en' or 'zh', found ${describe(lang)}.`);
  }
}

/** The sentence ends plus the starts of list items written as running text, in order. */
function mergeOffsets(ends: number[], items: readonly number[]): number[] {
  return items.length === 0 ? ends : [...new Set([...ends, ...items])].sort((a, b) => a - b);
}

function describe(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : value === null ? 'null' : typeof value;
}
