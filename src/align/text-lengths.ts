/** Lengths of a sentence in characters and bytes, whitespace excluded. */
const WHITESPACE = /\s/u;

/**
 * Code points and UTF-8 bytes of `text`, whitespace excluded (line breaks and
 * spacing say nothing about translation length).
 * @example textLengths('王雯 ok') //=> { chars: 4, bytes: 8 }
 */
export function textLengths(text: string): { chars: number; bytes: number } {
  let chars = 0;
  let bytes = 0;
  for (const char of text) {
    if (WHITESPACE.test(char)) continue;
    chars++;
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return { chars, bytes };
}
