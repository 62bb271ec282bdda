import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { toSimplified, toTraditional } from './convert-script';
import { convertScriptBatch } from './convert-script-batch';

/** Every key and value of the dictionaries a preset config loads (normalisation, segmentation, conversion). */
function dictionaryEntries(configName: string): (readonly [string, string])[] {
  const config = OpenCC.Locale.configs[configName] as { normalizationChain?: unknown[]; segmentation: unknown; conversionChain: unknown[] } | undefined;
  if (config === undefined) throw new Error(`no opencc-js config ${configName}`);
  const dicts = [config.normalizationChain ?? [], config.segmentation, config.conversionChain].flat(2) as (string | [string, string][])[];
  return dicts.flatMap((dict) => (typeof dict === 'string' ? dict.split('|').map((line) => line.split(' ') as [string, string]) : dict));
}

describe('convertScriptBatch', () => {
  // Converter({ from: 'tw', to: 'cn' }) runs config tw2s and { from: 'cn', to: 'tw' } runs s2tw (opencc-js ConverterBuilder).
  it.each(['tw2s', 's2tw'])('relies on no %s dictionary entry holding U+0000 or a description character', (configName) => {
    const entries = dictionaryEntries(configName);
    expect(entries.length).toBeGreaterThan(5000);
    expect(entries.filter(([key, value]) => /[\0\u2FF0-\u2FFF\u31EF]/u.test(key + value))).toEqual([]);
  });

  it('keeps a phrase from forming across two texts', () => {
    // Premise: 著作 is a phrase OpenCC keeps, while 著 alone becomes 着.
    expect(toSimplified('著作')).toBe('著作');
    expect(toSimplified('著')).toBe('着');
    expect(convertScriptBatch(['著', '作'], 'simplified')).toEqual(['着', '作']);
  });

  it('converts a text with a description character alone', () => {
    // Premise: opencc-js copies ⿰ with the next two characters unconverted, so ⿰ must not meet the next text.
    expect(toSimplified('⿰\u0000體')).toBe('⿰\u0000體');
    expect(convertScriptBatch(['⿰', '體', '木⿰'], 'simplified')).toEqual(['⿰', '体', '木⿰']);
  });

  it('handles empty texts, an empty list and the separator itself', () => {
    expect(convertScriptBatch([], 'simplified')).toEqual([]);
    expect(convertScriptBatch(['', '重慶', ''], 'simplified')).toEqual(['', '重庆', '']);
    expect(convertScriptBatch(['a\u0000重慶', '重庆'], 'traditional')).toEqual([toTraditional('a\u0000重慶'), '重慶']);
  });
});
