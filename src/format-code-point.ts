/**
 * The first code point of `text` in Unicode's U+XXXX notation (at least four
 * hex digits), for messages that name a removed or refused character.
 * @example formatCodePoint('\u0007') //=> 'U+0007'
 * @example formatCodePoint('😀') //=> 'U+1F600'
 */
export function formatCodePoint(text: string): string {
  return `U+${(text.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
