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

  it('rejects bad options with TBX_INVALID_OPTION', () => {
    expect(() => serializeTbx([term], { version: 4 as 2 })).toThrow(expect.objectContaining({ code: 'TBX_INVALID_OPTION' }));
    expect(() => serializeTbx([term], { zhLang: 'zh CN' })).toThrow(expect.objectContaining({ code: 'TBX_INVALID_OPTION' }));
  });

  it('refuses a term XML 1.0 cannot hold, instead of dropping the character', () => {
    expect(() => serializeTbx([{ ...term, en: 'Consul\u0007General' }])).toThrow(expect.objectContaining({ code: 'TERMS_INVALID_INPUT' }));
  });
});
