/** Split a source text into its non-blank lines, each trimmed of surrounding whitespace. */
import type { Span } from '../types';

/** A non-blank input line: its 1-based number and the span of its trimmed content. */
export interface SourceLine {
  readonly line: number;
  readonly span: Span;
}

/** Leading and trailing whitespace (JavaScript's `\s`: ASCII space, NBSP, U+3000, BOM, …). */
const LEADING_SPACE = /^\s+/u;
const TRAILING_SPACE = /\s+$/u;

/**
 * The non-blank lines of `text`. Lines end at `\n` (a `\r` before it is
 * whitespace and is trimmed), the same convention as {@link LineIndex}.
 * @example splitLines('a\r\n\n  b ') //=> [{ line: 1, span: { start: 0, end: 1 } }, { line: 3, span: { start: 6, end: 7 } }]
 */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  let number = 1;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const raw = text.slice(start, end);
    const lead = LEADING_SPACE.exec(raw)?.[0].length ?? 0;
    if (lead < raw.length) {
      const trail = TRAILING_SPACE.exec(raw)?.[0].length ?? 0;
      lines.push({ line: number, span: { start: start + lead, end: end - trail } });
    }
    if (newline === -1) break;
    start = newline + 1;
    number++;
  }
  return lines;
}
