/**
 * Positions in the user's text: a {@link Span} of offsets, a {@link Point}
 * (line, column, offset), and the {@link LineIndex} that turns one into the
 * other. The index is built once per text, then each lookup is a binary
 * search, so errors and provenance never re-split the text.
 */

/** Half-open range [start, end) of UTF-16 code-unit offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** 1-based line and column, 0-based offset (the unist/vfile convention). */
export interface Point {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/**
 * Line starts of a text; turns UTF-16 offsets into 1-based line and column.
 * @example
 * const lines = new LineIndex('Trade forum opened.\n促進經(jīng)貿合作。');
 * lines.pointAt(29) //=> { line: 2, column: 10, offset: 29 }
 * [lines.lineOf(29), lines.lineStart(2), lines.lineCount] //=> [2, 20, 2]
 */
export class LineIndex {
  /** Offset of the first character of each line; `\n`, `\r\n` and a lone `\r` (old Mac files; XML reads it so too) end a line. */
  private readonly lineStarts: number[];
  private readonly length: number;

  constructor(text: string) {
    this.length = text.length;
    this.lineStarts = [0];
    if (!text.includes('\r')) {
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.lineStarts.push(at + 1);
      return;
    }
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (code === 0x0a || (code === 0x0d && text.charCodeAt(at + 1) !== 0x0a)) this.lineStarts.push(at + 1);
    }
  }

  /** Number of lines (a final line without `\n` counts; an empty text has one). */
  get lineCount(): number {
    return this.lineStarts.length;
  }

  /**
   * The point of a UTF-16 offset. Offsets past the end clamp to the end.
   * @example
   * new LineIndex('ab\ncd').pointAt(4) //=> { line: 2, column: 2, offset: 4 }
   */
  pointAt(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.length));
    const line = this.lineOf(clamped);
    const start = this.lineStarts[line - 1] ?? 0;
    return { line, column: clamped - start + 1, offset: clamped };
  }

  /** 1-based line that holds `offset`. */
  lineOf(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }

  /** Offset of the first character of a 1-based line. */
  lineStart(line: number): number {
    const start = this.lineStarts[line - 1];
    if (start === undefined) throw new RangeError(`line ${line} is outside 1..${this.lineCount}`);
    return start;
  }
}
