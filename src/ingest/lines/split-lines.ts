/** Split a source text into its non-blank lines, each trimmed of surrounding whitespace. */
import type { Span } from '../../types';

/** A non-blank input line: its 1-based number and the span of its trimmed content. */
export interface SourceLine {
  readonly line: number;
  readonly span: Span;
}

/** One whitespace character (JavaScript's `\s`: ASCII space, NBSP, U+3000, BOM, …). */
const SPACE = /^\s$/u;

/**
 * True when the UTF-16 unit at `at` is whitespace. A loop of these, not a
 * `\s+$` regex, trims a line: the regex retries at every space of a long run
 * inside the line (quadratic on a megabyte of spaces).
 */
function isSpaceAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  return code > 0x7f && SPACE.test(text[at] ?? '');
}

/**
 * The non-blank lines of `text`. Lines end at `\n` (a `\r` before it is
 * whitespace and is trimmed) or at a lone `\r` (old Mac files), the same
 * convention as {@link LineIndex}.
 * @example splitLines('a\r\n\n  b ') //=> [{ line: 1, span: { start: 0, end: 1 } }, { line: 3, span: { start: 6, end: 7 } }]
 * @example splitLines('a\rb').length //=> 2
 */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  let number = 1;
  // The next LF and the next CR, each searched again only when passed: a search per line
  // for a character the text does not hold would run to its end every time (quadratic).
  let nextFeed = text.indexOf('\n');
  let nextReturn = text.indexOf('\r');
  while (start <= text.length) {
    if (nextFeed !== -1 && nextFeed < start) nextFeed = text.indexOf('\n', start);
    if (nextReturn !== -1 && nextReturn < start) nextReturn = text.indexOf('\r', start);
    let newline = nextFeed;
    // A lone CR before the next LF ends the line; a CR right before the LF is part of CRLF.
    if (nextReturn !== -1 && (newline === -1 || nextReturn < newline - 1)) newline = nextReturn;
    const end = newline === -1 ? text.length : newline;
    let first = start;
    while (first < end && isSpaceAt(text, first)) first++;
    if (first < end) {
      let last = end;
      while (isSpaceAt(text, last - 1)) last--;
      lines.push({ line: number, span: { start: first, end: last } });
    }
    if (newline === -1) break;
    start = newline + 1;
    number++;
  }
  return lines;
}
