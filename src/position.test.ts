import { describe, expect, it } from 'vitest';
import { LineIndex } from './position';

describe('LineIndex', () => {
  it('turns offsets into 1-based lines and columns', () => {
    const index = new LineIndex('ab\ncd\r\nef');
    expect(index.lineCount).toBe(3);
    expect(index.pointAt(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(index.pointAt(4)).toEqual({ line: 2, column: 2, offset: 4 });
    // \r belongs to line 2; line 3 starts after \n.
    expect(index.pointAt(5)).toEqual({ line: 2, column: 3, offset: 5 });
    expect(index.pointAt(7)).toEqual({ line: 3, column: 1, offset: 7 });
    expect(index.lineStart(3)).toBe(7);
  });

  it('clamps offsets past the end and handles an empty text', () => {
    expect(new LineIndex('ab').pointAt(99)).toEqual({ line: 1, column: 3, offset: 2 });
    expect(new LineIndex('').pointAt(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(() => new LineIndex('a').lineStart(2)).toThrow(RangeError);
  });
});

describe('LineIndex line ends', () => {
  it('ends a line at LF, at CRLF and at a lone CR (old Mac files), as splitLines does', () => {
    const lines = new LineIndex('a\rb\r\nc\nd');
    expect([lines.lineCount, lines.pointAt(2), lines.pointAt(5), lines.pointAt(7)]).toEqual([
      4,
      { line: 2, column: 1, offset: 2 },
      { line: 3, column: 1, offset: 5 },
      { line: 4, column: 1, offset: 7 },
    ]);
  });
});
