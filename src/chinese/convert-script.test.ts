import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { toSimplified, toTraditional } from './convert-script';

describe('toSimplified and toTraditional', () => {
  it.each(['tw2s', 's2tw'])('rely on every key of the %s normalisation pass being one compatibility ideograph', (configName) => {
    const config = OpenCC.Locale.configs[configName] as unknown as { normalizationChain: string[][]; segmentation: unknown };
    expect(config.normalizationChain.flat()).toHaveLength(1);
    const keys = config.normalizationChain.flat().flatMap((dict) => dict.split('|').map((entry) => entry.split(' ')[0] ?? ''));
    expect(keys.length).toBeGreaterThan(1000);
    expect(keys.filter((key) => !/^[\uF900-\uFAFF\u{2F800}-\u{2FA1F}]$/u.test(key))).toEqual([]);
    // Segmentation dictionaries are a list, loaded as a group (as opencc-js does for a list of strings).
    expect(Array.isArray(config.segmentation)).toBe(true);
  });

  it('normalise compatibility ideographs as OpenCC.Converter does', () => {
    // Premise: U+F9D1 (compatibility 六) and U+2F8A6 are in the normalisation dictionary.
    const text = '\uF9D1國\u{2F8A6}';
    expect(toSimplified(text)).toBe(OpenCC.Converter({ from: 'tw', to: 'cn' })(text));
    expect(toSimplified(text)).not.toContain('\uF9D1');
    expect(toTraditional('\uF9D1国')).toBe(OpenCC.Converter({ from: 'cn', to: 'tw' })('\uF9D1国'));
  });

  it('split the text into dictionary phrases before converting, as OpenCC.Converter does', () => {
    // Converting 胡杨士樑 without that split (one pass over the whole text) keeps 樑; OpenCC writes 梁.
    expect(OpenCC.Converter({ from: 'cn', to: 'tw' })('胡杨士樑')).toBe('胡楊士梁');
    expect(toTraditional('胡杨士樑')).toBe('胡楊士梁');
  });
});
