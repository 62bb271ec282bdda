import { describe, expect, it } from 'vitest';
import { matchPinyin } from './match-pinyin';
import { createReadings, latinKey } from './pinyin-key';

const readings = createReadings();
const found = (words: string[], text: string, approximate = true): string[] =>
  matchPinyin(words, text, readings, { approximate }).map((m) => text.slice(m.start, m.end));

describe('matchPinyin', () => {
  it('finds a Chinese name spelled in pinyin', () => {
    expect(found(['Wang', 'Wen'], '外办主任王雯和')).toEqual(['王雯']);
  });

  it('reads polyphones every way (重 is chong in 重庆)', () => {
    expect(found(['Chongqing'], '重庆市政府')).toEqual(['重庆']);
  });

  it('allows one letter off in a final syllable only when asked', () => {
    expect(found(['Cheng', 'Wendy'], '书记程文迪,')).toEqual(['程文迪']);
    expect(found(['Cheng', 'Wendy'], '书记程文迪,', false)).toEqual([]);
    expect(matchPinyin(['Cheng', 'Wendy'], '程文迪', readings)[0]?.distance).toBe(1);
  });

  it('crosses a name separator between words', () => {
    expect(found(['Ailigeng', 'Yimingbahai'], '会长艾力更·依明巴海视频')).toEqual(['艾力更·依明巴海']);
  });

  it('tries the reverse order and says so', () => {
    const [match] = matchPinyin(['Wendy', 'Cheng'], '程文迪', readings);
    expect(match?.reversed).toBe(true);
  });

  it('does not match across non-Han characters or partial words', () => {
    expect(found(['Wang', 'Wen'], '王 雯')).toEqual([]);
    expect(found(['Wanzhou'], '万里')).toEqual([]);
  });

  it('keys romanised names to plain letters', () => {
    expect(latinKey('Ba’nan')).toBe('banan');
    expect(latinKey('Lü')).toBe('lu');
  });
});
