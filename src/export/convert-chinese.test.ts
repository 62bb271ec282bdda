import { describe, expect, it } from 'vitest';
import { convertChinese } from './convert-chinese';

describe('convertChinese', () => {
  it('converts to the script asked for, and leaves the text as it is with none', () => {
    // Mixed script, so every direction changes something.
    const mixed = '重慶与里昂簽署备忘錄';
    expect(convertChinese(mixed, 'simplified')).toBe('重庆与里昂签署备忘录');
    expect(convertChinese(mixed, 'traditional')).toBe('重慶與里昂簽署備忘錄');
    expect(convertChinese(mixed, 'none')).toBe(mixed);
  });
});
