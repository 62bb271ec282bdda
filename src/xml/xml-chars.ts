/**
 * The characters an XML 1.0 (Fifth Edition) document may hold, production
 * [2] Char of https://www.w3.org/TR/xml/, for every XML reader and writer of
 * bitext-tm (TMX and TBX). Matching control characters is the point of these
 * regexes, hence the `no-control-regex` exceptions.
 */

/**
 * A character XML 1.0 forbids anywhere in a document, even as `&#…;`:
 * C0 controls other than tab, LF and CR; lone surrogates (with the `u` flag a
 * paired surrogate is one astral code point and does not match); U+FFFE and U+FFFF.
 * Global: use with `replace`, or reset `lastIndex` before `exec`.
 * @example '\u0001a'.replace(ILLEGAL_XML_CHAR, '') //=> 'a'
 * @example ILLEGAL_XML_CHAR.test('😀\t') //=> false
 */
// eslint-disable-next-line no-control-regex -- matching XML-illegal control characters is this pattern's purpose
export const ILLEGAL_XML_CHAR: RegExp = /[\u0000-\u0008\v\f\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/**
 * A run of the characters {@link ILLEGAL_XML_CHAR} matches (global), for
 * reporting each removal once per run.
 * @example 'a\u0001\u0002b'.match(ILLEGAL_XML_CHAR_RUN) //=> ['\u0001\u0002']
 */
// eslint-disable-next-line no-control-regex -- as ILLEGAL_XML_CHAR
export const ILLEGAL_XML_CHAR_RUN: RegExp = /[\u0000-\u0008\v\f\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]+/gu;

/**
 * A cheap pre-check for {@link ILLEGAL_XML_CHAR}: the same class without the
 * `u` flag, so it also matches both halves of a valid surrogate pair. No match
 * means no illegal character. It exists for speed: V8 runs it about 3.5 times
 * faster than the `u` class (measured, test/bench/tmx.md), and text without
 * astral characters never needs the exact test.
 * @example MAYBE_ILLEGAL_XML_CHAR.test('😀') //=> true
 */
// eslint-disable-next-line regexp/require-unicode-regexp, no-control-regex -- code-unit matching of control characters is the point (see above)
export const MAYBE_ILLEGAL_XML_CHAR: RegExp = /[\u0000-\u0008\v\f\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Index of the first XML-illegal character in `text`, or -1.
 * @example firstIllegalXmlChar('ab\u0001') //=> 2
 * @example firstIllegalXmlChar('😀') //=> -1
 */
export function firstIllegalXmlChar(text: string): number {
  if (text.length < SHORT_TEXT) {
    // A loop beats a regex call on short strings (ids, prop values).
    let maybe = false;
    for (let i = 0; i < text.length && !maybe; i++) {
      const char = text.charCodeAt(i);
      maybe = (char < 0x20 && char !== 0x09 && char !== 0x0a && char !== 0x0d) || (char >= 0xd800 && char <= 0xdfff) || char >= 0xfffe;
    }
    if (!maybe) return -1;
  } else if (text.search(MAYBE_ILLEGAL_XML_CHAR) === -1) {
    return -1;
  }
  return text.search(ILLEGAL_XML_CHAR);
}

/** Below this length `firstIllegalXmlChar` loops instead of calling a regex (measured crossover, roughly). */
const SHORT_TEXT = 32;

/** True when the code point may appear in an XML 1.0 document ([2] Char). */
export function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}
