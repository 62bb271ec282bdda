import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from './chinese-number';

describe('parseChineseNumber', () => {
  it.each([
    ['二十', 20],
    ['十五', 15],
    ['十', 10],
    ['三百零五', 305],
    ['一千零一', 1001],
    ['两万三千', 23000],
    ['一亿二千万', 120_000_000],
    ['一九八六', 1986],
    ['二〇二二', 2022],
  ])('reads %s as %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it('rejects what is not a number', () => {
    expect(parseChineseNumber('')).toBeUndefined();
    expect(parseChineseNumber('十二三')).toBeUndefined();
    expect(parseChineseNumber('年')).toBeUndefined();
  });
});
