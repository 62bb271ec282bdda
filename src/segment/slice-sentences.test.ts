import { describe, expect, it } from 'vitest';
import { endsAtLineBreak, lineBreakLength } from './line-breaks';
import { sliceSentences } from './slice-sentences';

describe('sliceSentences', () => {
  it('runs its TSDoc example', () => {
    expect(sliceSentences('One. Two.', [4]).map((s) => s.text)).toEqual(['One.', 'Two.']);
  });

  it('trims each piece and drops blank ones', () => {
    expect(sliceSentences(' a \n\n b ', [3, 5])).toEqual([
      { text: 'a', span: { start: 1, end: 2 } },
      { text: 'b', span: { start: 6, end: 7 } },
    ]);
    expect(sliceSentences('', [])).toEqual([]);
  });
});

describe('line breaks', () => {
  it('runs the TSDoc examples of endsAtLineBreak', () => {
    expect(endsAtLineBreak('a\n\nb', 1, false)).toBe(true);
    expect(endsAtLineBreak('a\nb', 1, false)).toBe(false);
    expect(endsAtLineBreak('a\nb', 1, true)).toBe(true);
  });

  it('counts \\r\\n as one line break, so it is not a blank line', () => {
    expect(lineBreakLength('a\r\nb', 1)).toBe(2);
    expect(endsAtLineBreak('a\r\nb', 1, false)).toBe(false);
    expect(endsAtLineBreak('a\r\n\r\nb', 1, false)).toBe(true);
    expect(endsAtLineBreak('a\u2029\u2029b', 1, false)).toBe(true);
  });
});
