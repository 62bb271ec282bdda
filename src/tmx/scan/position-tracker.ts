/**
 * Line and column of offsets in a text that arrives in chunks and is
 * discarded as it is consumed (the streaming reader's buffer). Like
 * `LineIndex`, but it keeps only a cursor: questions about later offsets
 * count the newlines in between, so answering one question per unit in
 * file order costs one pass over the text in total.
 */
import type { Point } from '../../types';

/** Line/column cursor over a sliding buffer. Columns count UTF-16 code units, as `LineIndex` does. */
export class PositionTracker {
  /** Buffer index of the cursor, its 1-based line, and the global offset of that line's start. */
  private cursor = 0;
  private cursorLine = 1;
  private cursorLineStart = 0;
  /** The same three facts for index 0 of the buffer. */
  private bufferLine = 1;
  private bufferLineStart = 0;

  /**
   * The point of buffer index `index`, where the buffer starts at global offset `base`.
   * @example new PositionTracker().pointAt('ab\ncd', 0, 4) //=> { line: 2, column: 2, offset: 4 }
   */
  pointAt(buffer: string, base: number, index: number): Point {
    if (index < this.cursor) {
      this.cursor = 0;
      this.cursorLine = this.bufferLine;
      this.cursorLineStart = this.bufferLineStart;
    }
    if (index > this.cursor) {
      // Slicing first keeps indexOf from scanning past `index` (slices are O(1) in V8).
      const between = buffer.slice(this.cursor, index);
      if (!between.includes('\r')) {
        for (let newline = between.indexOf('\n'); newline !== -1; newline = between.indexOf('\n', newline + 1)) {
          this.cursorLine++;
          this.cursorLineStart = base + this.cursor + newline + 1;
        }
      } else {
        // A lone CR ends a line too (XML 1.0 §2.11 reads it as a line end, and so does LineIndex).
        for (let k = 0; k < between.length; k++) {
          const code = between.charCodeAt(k);
          if (code === 0x0a || (code === 0x0d && buffer.charCodeAt(this.cursor + k + 1) !== 0x0a)) {
            this.cursorLine++;
            this.cursorLineStart = base + this.cursor + k + 1;
          }
        }
      }
      this.cursor = index;
    }
    return { line: this.cursorLine, column: base + index - this.cursorLineStart + 1, offset: base + index };
  }

  /** The buffer is about to drop its first `consumed` code units: move index 0 there. */
  discard(buffer: string, base: number, consumed: number): void {
    this.pointAt(buffer, base, consumed);
    this.bufferLine = this.cursorLine;
    this.bufferLineStart = this.cursorLineStart;
    this.cursor = 0;
  }
}
