import { describe, expect, it } from 'vitest';
import type { Link } from './link';
import { selectLinks } from './select-links';

const link = (en: [number, number], zh: [number, number], score: number, method: Link['method'] = 'dictionary'): Link => ({
  en: { start: en[0], end: en[1] },
  zh: { start: zh[0], end: zh[1] },
  method,
  score,
});

describe('selectLinks (competitive linking)', () => {
  it('keeps the strongest of competing links for a word', () => {
    const strong = link([0, 1], [0, 2], 0.95, 'name');
    const weak = link([0, 1], [5, 6], 0.3);
    expect(selectLinks([weak, strong])).toEqual([strong]);
  });

  it('lets several words of one gloss share its Chinese word', () => {
    const foreign = link([0, 1], [3, 5], 0.55);
    const office = link([2, 3], [3, 5], 0.55);
    expect(selectLinks([foreign, office])).toHaveLength(2);
  });

  it('gives a repeated name to the occurrence next to its neighbours', () => {
    // English: Chongqing(0) Municipal(1) Government(2) … Chongqing(6); Chinese: 重庆(0-2) 市政府(2-5) … 重庆(20-22).
    const government = link([2, 3], [2, 5], 0.85);
    const near = link([0, 1], [0, 2], 0.9, 'pinyin');
    const far = link([0, 1], [20, 22], 0.9, 'pinyin');
    const other = link([6, 7], [20, 22], 0.9, 'pinyin');
    const otherNear = link([6, 7], [0, 2], 0.9, 'pinyin');
    const kept = selectLinks([far, otherNear, government, near, other]);
    expect(kept).toContain(near);
    expect(kept).toContain(other);
  });
});
