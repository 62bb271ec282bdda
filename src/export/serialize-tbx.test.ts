import { describe, expect, it } from 'vitest';
import type { Term } from '../types';
import { serializeTbx } from './serialize-tbx';

const term: Term = {
  type: 'title',
  en: 'Consul-General',
  zh: '總領事',
  zhHans: '总领事',
  count: 1,
  confidence: 0.93,
  methods: ['appositive', 'cedict'],
  units: ['u1'],
  examples: [{ unit: 'u1', en: 'Dmitry Emelyanov, Consul-General of Belarus', zh: '白俄羅斯駐重慶總領事葉梅利亞諾夫' }],
};

describe('serializeTbx', () => {
  it('is deterministic and dateless by default', () => {
    expect(serializeTbx([term])).toBe(serializeTbx([term]));
    expect(serializeTbx([term])).not.toMatch(/\d{4}-\d{2}-\d{2}/u);
    expect(serializeTbx([term], { date: '2022-12-31' })).toContain('2022-12-31');
  });

  it('writes the original or the Simplified Chinese form under the chosen tag', () => {
    expect(serializeTbx([term])).toContain('<langSet xml:lang="zh-CN">');
    expect(serializeTbx([term])).toContain('<term>總領事</term>');
    const simplified = serializeTbx([term], { zhForm: 'simplified', zhLang: 'zh-Hans' });
    expect(simplified).toContain('<langSet xml:lang="zh-Hans">');
    expect(simplified).toContain('<term>总领事</term>');
    expect(simplified).toContain('白俄罗斯驻重庆总领事');
  });

  it('writes TBX v3 on request', () => {
    const v3 = serializeTbx([term], { version: 3 });
    expect(v3).toContain('<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">');
    expect(v3).toContain('<conceptEntry id="t1">');
  });

  it('rejects bad options with TBX_INVALID_OPTION, saying which and what it found', () => {
    expect(() => serializeTbx([term], { version: 4 as 2 })).toThrow(expect.objectContaining({ code: 'TBX_INVALID_OPTION', message: 'Expected TBX version 2 or 3, found 4.' }));
    expect(() => serializeTbx([term], { zhLang: 'zh CN' })).toThrow(expect.objectContaining({ code: 'TBX_INVALID_OPTION', message: 'Expected zhLang to be a language tag such as "zh-CN", found "zh CN".' }));
    expect(() => serializeTbx([term], { zhForm: 'both' as 'original' })).toThrow(expect.objectContaining({ code: 'TBX_INVALID_OPTION', message: 'Expected zhForm "original" or "simplified", found "both".' }));
  });

  it('refuses a term XML 1.0 cannot hold, instead of dropping the character', () => {
    expect(() => serializeTbx([{ ...term, en: 'Consul\u0007General' }])).toThrow(
      expect.objectContaining({ code: 'TERMS_INVALID_INPUT', message: 'Expected terms XML 1.0 can hold, found a control character in "Consul\u0007General".' }),
    );
  });

  it('writes one entry per concept: the terms of one entry share it, each form once; a term without an entry stands alone', () => {
    const concept = { ...term, type: 'org' as const, en: 'Foreign Affairs Office', zh: '外辦', zhHans: '外办', entry: 'e7', examples: [] };
    const shortForm = { ...concept, en: 'FAO', confidence: 0.8, count: 2 };
    const otherChinese = { ...concept, zh: '外事辦公室', zhHans: '外事办公室' };
    const tbx = serializeTbx([concept, term, shortForm, otherChinese]);
    const entries = [...tbx.matchAll(/<termEntry id="([^"]*)">([\s\S]*?)<\/termEntry>/gu)].map((m) => [m[1], [...(m[2] ?? '').matchAll(/<term>([^<]*)<\/term>/gu)].map((t) => t[1])]);
    expect(entries).toEqual([
      ['e7', ['Foreign Affairs Office', 'FAO', '外辦', '外事辦公室']],
      ['t2', ['Consul-General', '總領事']],
    ]);
    expect(tbx).toContain('org; Foreign Affairs Office ⟷ 外辦: confidence 0.93, 1 unit, methods appositive, cedict; FAO ⟷ 外辦: confidence 0.8, 2 units, methods appositive, cedict;');
    expect(tbx).toContain('<termNote type="termType">acronym</termNote>');
  });
});
