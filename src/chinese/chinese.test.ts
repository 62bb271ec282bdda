import { describe, expect, it } from 'vitest';
import { mapSpan } from '../offset-map';
import { toSimplified, toTraditional } from './convert-script';
import { detectChineseScript } from './detect-script';
import { countHan, isHanChar } from './han-patterns';
import { pinyinSyllables } from './pinyin';
import { simplifiedView } from './simplified-view';

describe('Chinese script helpers', () => {
  it('converts between scripts', () => {
    expect(toSimplified('重慶市政府外辦')).toBe('重庆市政府外办');
    expect(toTraditional('重庆市政府外办')).toBe('重慶市政府外辦');
    expect(toSimplified('重庆')).toBe('重庆');
  });

  it('detects the script', () => {
    expect(detectChineseScript('論壇由重慶市政府外辦主持')).toBe('traditional');
    expect(detectChineseScript('论坛由重庆市政府外办主持')).toBe('simplified');
    expect(detectChineseScript('abc')).toBe('simplified');
    // 周 is standard in both scripts; OpenCC's phrase table still writes 周年 as 週年.
    expect(detectChineseScript('中國成立七十周年')).toBe('traditional');
    // Alone, 里 would become 裡; in 里昂 (Lyon) OpenCC rightly keeps it.
    expect(detectChineseScript('市長在市政廳會見里昂代表團')).toBe('traditional');
  });

  it('maps the Simplified view back when a character changes UTF-16 width', () => {
    // 嗰 (U+55F0, BMP) becomes 𠮶 (U+20BB6, astral) in OpenCC's Simplified output.
    const view = simplifiedView('甲嗰乙');
    expect(view.text).toBe('甲𠮶乙');
    expect(view.text.length).toBe(4);
    expect(mapSpan(view.offsets, { start: 3, end: 4 })).toEqual({ start: 2, end: 3 });
    expect(mapSpan(view.offsets, { start: 1, end: 3 })).toEqual({ start: 1, end: 2 });
  });

  it('reads pinyin on the Simplified view', () => {
    expect(pinyinSyllables('重庆万州')).toEqual(['chong', 'qing', 'wan', 'zhou']);
    expect(pinyinSyllables(simplifiedView('王雯').text)).toEqual(['wang', 'wen']);
  });

  it('recognises Han characters', () => {
    expect(isHanChar('慶')).toBe(true);
    expect(isHanChar('𠮶')).toBe(true);
    expect(isHanChar('A')).toBe(false);
    expect(countHan('A重慶B')).toBe(2);
  });
});
