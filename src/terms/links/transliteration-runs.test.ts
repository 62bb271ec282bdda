import { describe, expect, it } from 'vitest';
import { TRANSLITERATION_CHARS } from './transliteration-chars';
import { nameStretches, stretchValue, transliterationRuns } from './transliteration-runs';

describe('transliteration runs', () => {
  it('finds a name with separators as one run', () => {
    // 首相 "prime minister" is a common word: the name does not take in its 相.
    const runs = transliterationRuns('英国首相鲍里斯·约翰逊表示', new Set([...TRANSLITERATION_CHARS, '翰', '逊']), [{ start: 2, end: 4 }]).map((r) => r.text);
    expect(runs).toContain('鲍里斯·约翰逊');
    expect(runs.some((r) => r.includes('相'))).toBe(false);
  });

  it('also offers the run without a common word it cuts (理 of 总理)', () => {
    const hans = '总理米哈伊尔表示';
    const runs = transliterationRuns(hans, new Set([...TRANSLITERATION_CHARS, '理']), [{ start: 0, end: 2 }]).map((r) => r.text);
    expect(runs).toContain('理米哈伊尔');
    expect(runs).toContain('米哈伊尔');
    const cut = transliterationRuns(hans, new Set([...TRANSLITERATION_CHARS, '理']), [{ start: 0, end: 2 }]).find((r) => r.text === '理米哈伊尔');
    expect(cut?.cutsWord).toBe(true);
  });

  it('gives whole parts of a separated name, any stretch of a plain run', () => {
    expect(nameStretches({ start: 0, end: 7, text: '鲍里斯·约翰逊', whole: true, cutsWord: false }).map((s) => s.text)).toEqual(['鲍里斯', '鲍里斯·约翰逊', '约翰逊']);
    expect(nameStretches({ start: 0, end: 4, text: '布里斯托', whole: true, cutsWord: false }).map((s) => s.text)).toContain('布里斯');
  });

  it('values whole parts over pieces, and not cut words or a trailing function character', () => {
    const whole = { start: 0, end: 3, text: '约翰逊', whole: true, cutsWord: false };
    expect(stretchValue(0.8, whole)).toBeGreaterThan(stretchValue(0.8, { ...whole, whole: false }));
    expect(stretchValue(0.8, { ...whole, cutsWord: true })).toBeLessThan(stretchValue(0.8, whole));
    expect(stretchValue(0.8, { ...whole, text: '希尔兹因' })).toBeLessThan(stretchValue(0.8, whole));
  });
});
