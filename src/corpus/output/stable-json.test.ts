import { describe, expect, it } from 'vitest';
import { stableJson } from './stable-json';

describe('stableJson', () => {
  it('sorts keys, keeps flat values on one line and ends with a newline', () => {
    expect(stableJson({ b: [1, 2], a: { d: [[0, 3]], c: { start: 0, end: 2 } } })).toBe('{\n  "a": {\n    "c": {"end": 2, "start": 0},\n    "d": [[0, 3]]\n  },\n  "b": [1, 2]\n}\n');
  });

  it('gives the same bytes whatever order the keys were added in', () => {
    expect(stableJson({ x: 1, y: { p: 'a', q: [] } })).toBe(stableJson({ y: { q: [], p: 'a' }, x: 1 }));
  });

  it('drops undefined members and round-trips through JSON.parse', () => {
    const value = { a: 'é\n"', b: undefined, c: [{ d: null }, 'x'], e: {} };
    expect(JSON.parse(stableJson(value))).toEqual({ a: 'é\n"', c: [{ d: null }, 'x'], e: {} });
  });
});
