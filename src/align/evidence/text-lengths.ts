/** Lengths of a sentence in characters and bytes, whitespace excluded. */

/**
 * Code points and UTF-8 bytes of `text`, whitespace excluded (line breaks and
 * spacing say nothing about translation length).
 * @example textLengths('王雯 ok') //=> { chars: 4, bytes: 8 }
 */
export function textLengths(text: string): { chars: number; bytes: number } {
  let chars = 0;
  let bytes = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code <= 0x20 || code === 0x3000 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029) continue;
    chars++;
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair: one astral code point
      k++;
    } else bytes += 3;
  }
  return { chars, bytes };
}
