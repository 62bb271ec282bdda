import { describe, expect, it } from 'vitest';
import { composeOffsetMaps, identityOffsetMap, mapOffset, mapSpan, offsetMapFrom } from './offset-map';

describe('offset maps', () => {
  // "經(jīng)貿" cleaned to "經貿": derived 0→0, derived 1→ original 7 (after the 6-char note).
  const cleaned = offsetMapFrom([
    [0, 0],
    [1, 7],
  ]);

  it('maps offsets across a deletion', () => {
    expect(mapOffset(cleaned, 0)).toBe(0);
    expect(mapOffset(cleaned, 1)).toBe(7);
    expect(mapOffset(cleaned, 2)).toBe(8);
  });

  it('maps span ends as "just after the last character"', () => {
    expect(mapSpan(cleaned, { start: 0, end: 1 })).toEqual({ start: 0, end: 1 });
    expect(mapSpan(cleaned, { start: 0, end: 2 })).toEqual({ start: 0, end: 8 });
    expect(mapSpan(cleaned, { start: 1, end: 1 })).toEqual({ start: 7, end: 7 });
  });

  it('composes a view map with a cleaning map', () => {
    // The view doubles the width of derived char 0 (a BMP char became astral).
    const view = offsetMapFrom([
      [0, 0],
      [2, 1],
    ]);
    const composed = composeOffsetMaps(view, cleaned);
    expect(mapOffset(composed, 0)).toBe(0);
    expect(mapOffset(composed, 2)).toBe(7);
    expect(mapOffset(composed, 3)).toBe(8);
  });

  it('offsets a paragraph that starts inside its source', () => {
    expect(mapOffset(identityOffsetMap(100), 5)).toBe(105);
  });

  it('drops breakpoints implied by the previous one', () => {
    expect(
      offsetMapFrom([
        [0, 3],
        [2, 5],
        [4, 9],
      ]).breakpoints,
    ).toEqual([
      [0, 3],
      [4, 9],
    ]);
  });
});
