/**
 * What an English word is: the one home of the rule. Segment and terms cut
 * words with {@link ENGLISH_WORD} ({@link tokenizeEnglish}):
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
 * Two stages need words cut otherwise, on purpose. Their variants are defined
 * here too, so the differences are read in one place:
 *
 * - {@link ALIGN_WORD}, alignment evidence (the words of English sentences and
 *   of CC-CEDICT glosses, compared as concepts): hyphens and periods split, as
 *   the glosses write the parts apart ("Consul-General" → "Consul", "General";
 *   "U.S." → "U", "S"); letters and digits do not join ("G20" → "G", "20"), so
 *   a number meets its value; a number's only suffix is an English ordinal.
 *   Both sides of a comparison go through it: what counts is that sentence and
 *   gloss are cut alike. (Its letters are any `\p{L}`, Han included: kept as
 *   fitted; English sentences rarely hold Han.)
 * - {@link MATCH_WORD}, the word tokens of translation-memory matches: hyphens
 *   split, so "Consul-General" matches "Consul General" as CAT tools score it;
 *   letters and digits join ("G20", "2022年" aside: Han is never in a word);
 *   an apostrophe joins letters, a period letters or digits, a comma or colon
 *   digits. The scanner of tm/tokens/scan-tokens.ts implements it over a
 *   character table (a regex per text is too slow for a million units), with
 *   Han characters one token each and tag placeholders skipped; its test checks
 *   that it cuts exactly as MATCH_WORD does.
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
 * A word for alignment evidence (a variant, see the module comment): letters
 * with inner apostrophes ("don't", "Xi'an"), or a number with inner separators
 * ("1,000.5") and an optional ordinal suffix. Hyphens and periods split words.
 * @example 'Consul-General of 1,000 firms'.match(ALIGN_WORD) //=> ['Consul', 'General', 'of', '1,000', 'firms']
 * @example '——'.match(ALIGN_WORD) //=> null
 */
export const ALIGN_WORD: RegExp = /\p{N}+(?:[.,]\p{N}+)*(?:st|nd|rd|th)?|\p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*/gu;

/**
 * The characters of the match tokens, one code point each, as the tm scanner
 * classifies them (it builds its table from these, once): Han characters are
 * tokens alone; letters, digits and marks of every other script make words.
 * @example [MATCH_CHARS.han.test('領'), MATCH_CHARS.digit.test('５'), MATCH_CHARS.digit.test('〇')] //=> [true, true, false]
 * @example [MATCH_CHARS.letter.test('Ｌ'), MATCH_CHARS.letter.test('-'), MATCH_CHARS.mark.test('\u0301')] //=> [true, false, true]
 * @example [MATCH_CHARS.apostrophe.test('’'), MATCH_CHARS.apostrophe.test('"')] //=> [true, false]
 */
export const MATCH_CHARS: {
  /** A Han character (〇 and the ideographic tone marks included). */
  readonly han: RegExp;
  /** A digit of any script but Han (full-width ５ included): starts a number. */
  readonly digit: RegExp;
  /** A letter of any script but Han (Latin, full-width Ｌ, Cyrillic, kana…). */
  readonly letter: RegExp;
  /** A combining mark: continues a word, never starts one. */
  readonly mark: RegExp;
  /** An apostrophe that stays inside a word between letters ("Wen's", "don’t"). */
  readonly apostrophe: RegExp;
} = {
  han: /^\p{sc=Han}$/u,
  digit: /^[^\P{N}\p{sc=Han}]$/u,
  letter: /^[^\P{L}\p{sc=Han}]$/u,
  mark: /^[^\P{M}\p{sc=Han}]$/u,
  apostrophe: /^['’＇]$/u,
};

const inner = (pattern: RegExp): string => pattern.source.slice(1, -1);
const MATCH_LETTER = inner(MATCH_CHARS.letter);
const MATCH_DIGIT = inner(MATCH_CHARS.digit);
const MATCH_INNER = `${MATCH_LETTER}|${MATCH_DIGIT}|${inner(MATCH_CHARS.mark)}`;
const MATCH_APOSTROPHE = inner(MATCH_CHARS.apostrophe);

/**
 * A word or number of translation-memory matches (a variant, see the module
 * comment). A token holding a digit is a number token.
 * @example 'Consul-General G20 U.S. 1,000.5 Wen’s 2022年'.match(MATCH_WORD) //=> ['Consul', 'General', 'G20', 'U.S', '1,000.5', 'Wen’s', '2022']
 */
export const MATCH_WORD: RegExp = new RegExp(
  `(?:${MATCH_LETTER}|${MATCH_DIGIT})(?:${MATCH_INNER})*` +
    `(?:(?:(?<!${MATCH_DIGIT})${MATCH_APOSTROPHE}(?=${MATCH_LETTER})|\\.(?=${MATCH_LETTER}|${MATCH_DIGIT})|(?<=${MATCH_DIGIT})[,:](?=${MATCH_DIGIT}))(?:${MATCH_INNER})+)*`,
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
