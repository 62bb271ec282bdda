/**
 * Character classes of the match tokenizer, as named regexes. The scanner
 * (`scan-tokens.ts`) does not run these per character: it classifies each
 * UTF-16 code unit once, through a table built from them on first use.
 */

/**
 * A Han character: one token each (Chinese is scored per character).
 * @example MATCH_HAN.test('領') //=> true
 * @example MATCH_HAN.test('L') //=> false
 */
export const MATCH_HAN: RegExp = /^\p{Script=Han}$/u;

/**
 * A digit of any script (full-width ５ included): starts a number token.
 * @example MATCH_DIGIT.test('５') //=> true
 * @example MATCH_DIGIT.test('x') //=> false
 */
export const MATCH_DIGIT: RegExp = /^\p{N}$/u;

/**
 * A letter of a non-Han script (Latin, full-width Ｌ, Cyrillic, kana…): part of a word token.
 * @example MATCH_LETTER.test('Ｌ') //=> true
 * @example MATCH_LETTER.test('-') //=> false
 */
export const MATCH_LETTER: RegExp = /^\p{L}$/u;

/**
 * A combining mark: continues a word, never starts one (a variation selector after a Han character is dropped).
 * @example MATCH_MARK.test('\u0301') //=> true
 * @example MATCH_MARK.test('a') //=> false
 */
export const MATCH_MARK: RegExp = /^\p{M}$/u;

/**
 * Apostrophes that stay inside a word when letters follow ("Wen's", "don’t").
 * @example MATCH_APOSTROPHE.test('’') //=> true
 * @example MATCH_APOSTROPHE.test('"') //=> false
 */
export const MATCH_APOSTROPHE: RegExp = /^['’ʼ＇]$/u;
