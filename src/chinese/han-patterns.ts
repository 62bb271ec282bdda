/**
 * Character classes for Chinese text, as named regexes (Unicode property
 * escapes; no generated tables).
 */

/**
 * One Han character (CJK ideographs of every block, incl. astral extensions, and 〇).
 * @example HAN_CHAR.test('慶') //=> true
 * @example HAN_CHAR.test('a') //=> false
 */
export const HAN_CHAR: RegExp = /\p{Script=Han}/u;

/** True when `char` (one code point) is a Han character. */
export function isHanChar(char: string): boolean {
  return HAN_CHAR.test(char);
}

/** Number of Han characters in `text`. */
export function countHan(text: string): number {
  let count = 0;
  for (const char of text) if (HAN_CHAR.test(char)) count++;
  return count;
}
