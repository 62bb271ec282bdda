/**
 * English word tokens with spans. Align, terms and the translation memory all
 * count words with this one definition:
 *
 * - a word is a run of letters (with combining marks and digits inside it),
 *   joined by inner apostrophes, hyphens and periods: "don't", "Director-General",
 *   "U.S" (the final period of an abbreviation is punctuation, not part of it),
 *   "COVID-19";
 * - a number is a run of digits with inner `.` `,` `:` separators and an
 *   optional letter suffix: "1,000.5", "10:30", "15th", "20thCPC";
 * - punctuation, symbols and white space are not tokens;
 * - Han, Hiragana and Katakana characters are never part of an English word
 *   ("Chongqing.重慶" gives "Chongqing"): Chinese inside English text is
 *   tokenized by `tokenizeChineseChars`.
 *
 * Our own regex rather than `natural`: its WordTokenizer is a similar
 * one-line regex, and natural pulls in database clients (pg, redis, mongoose)
 * that a text library should not install.
 */
import type { Span } from '../../types';

/** A token and where it lies in the tokenized text. */
export interface Token {
  readonly text: string;
  /** UTF-16 offsets into the tokenized text. */
  readonly span: Span;
}

/** A letter of a script written with spaces between words (not Han, Hiragana or Katakana). */
const WORD_LETTER = String.raw`[^\P{L}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]`;
/** A digit that is not a Han numeral (〇 is a number in Unicode, and a Han character). */
const WORD_DIGIT = String.raw`[^\P{N}\p{sc=Han}]`;
/** A character inside a word after its first letter. */
const WORD_INNER = String.raw`(?:${WORD_LETTER}|\p{M}|${WORD_DIGIT})`;

/**
 * A word or a number, as described in the module comment (global, Unicode).
 * @example 'Consul-General of 1,000.5 U.S. firms'.match(ENGLISH_WORD) //=> ['Consul-General', 'of', '1,000.5', 'U.S', 'firms']
 * @example 'Chongqing.重慶'.match(ENGLISH_WORD) //=> ['Chongqing']
 */
export const ENGLISH_WORD: RegExp = new RegExp(
  `${WORD_DIGIT}+(?:[.,:]${WORD_DIGIT}+)*${WORD_LETTER}*|${WORD_LETTER}${WORD_INNER}*(?:['’\\-.]${WORD_INNER}+)*`,
  'gu',
);

/**
 * Split English text into word tokens (punctuation and spaces dropped), with
 * spans into `text`.
 * @example tokenizeEnglish("Wang Wen's forum").map((t) => t.text) //=> ['Wang', "Wen's", 'forum']
 * @example tokenizeEnglish('on Nov. 15th, 2022').map((t) => t.span.start) //=> [0, 3, 8, 14]
 */
export function tokenizeEnglish(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(ENGLISH_WORD)) {
    tokens.push({ text: match[0], span: { start: match.index, end: match.index + match[0].length } });
  }
  return tokens;
}
