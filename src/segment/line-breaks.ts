/**
 * Line breaks as sentence boundaries, shared by both languages: a blank line
 * always ends a sentence; a single line break ends one only when the caller
 * says every line is a sentence (`newlinesAreBoundaries`).
 */
import { CharFlag, hasFlag } from './char-class';

/** Length of the line break at `at`: 2 for `\r\n`, 1 for another line terminator, 0 for none. */
export function lineBreakLength(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code === 0x0d) return text.charCodeAt(at + 1) === 0x0a ? 2 : 1;
  return hasFlag(code, CharFlag.lineBreak) ? 1 : 0;
}

/**
 * True when the line break at `at` ends a sentence: always with
 * `newlinesAreBoundaries`, otherwise only when the next line is blank.
 * @example endsAtLineBreak('a\n\nb', 1, false) //=> true
 * @example endsAtLineBreak('a\nb', 1, false) //=> false
 */
export function endsAtLineBreak(text: string, at: number, newlinesAreBoundaries: boolean): boolean {
  if (newlinesAreBoundaries) return true;
  let i = at + lineBreakLength(text, at);
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (!hasFlag(code, CharFlag.space)) return false;
    if (hasFlag(code, CharFlag.lineBreak)) return true;
    i++;
  }
  return false;
}
