import { describe, expect, it } from 'vitest';
import type { Term } from '../../types';
import { createTermbase } from './create-termbase';
import { parseTermsTsv } from '../io/parse-terms-tsv';
import { serializeTermsTsv } from '../io/serialize-terms-tsv';

const term = (type: Term['type'], en: string, zh: string, zhHans: string, confidence = 0.9, count = 1): Term => ({
  type,
  en,
  zh,
  zhHans,
  count,
  confidence,
  methods: ['cedict'],
  units: ['u1'],
  examples: [{ unit: 'u1', en: `… ${en} …`, zh: `…${zh}…` }],
});

const terms: Term[] = [
  term('title', 'Consul-General', '總領事', '总领事', 0.93),
  term('title', 'Deputy Director-General of the Foreign Affairs Office', '外辦副主任', '外办副主任', 0.91),
  term('title', 'Deputy Director-General', '副主任', '副主任', 0.99, 6),
  term('org', 'Foreign Affairs Office', '外辦', '外办', 0.99),
  term('person', 'Wang Wen', '王雯', '王雯', 0.97),
];

describe('createTermbase().lookupTerm', () => {
  const termbase = createTermbase(terms);

  it('finds Traditional terms from a Simplified query and the reverse', () => {
    const [hit] = termbase.lookupTerm('外办副主任');
    expect(hit?.term.zh).toBe('外辦副主任');
    expect(hit?.exact).toBe(true);
    expect(hit?.lang).toBe('zh');
    expect(hit?.translation).toBe('Deputy Director-General of the Foreign Affairs Office');
    expect(termbase.lookupTerm('總領事')[0]?.translation).toBe('Consul-General');
    expect(termbase.lookupTerm('总领事')[0]?.translation).toBe('Consul-General');
  });

  it('ignores case, hyphens and spacing in English', () => {
    for (const query of ['consul general', 'CONSUL-GENERAL', '  Consul   General ', 'the consul-general']) {
      const [hit] = termbase.lookupTerm(query);
      expect(hit?.term.en).toBe('Consul-General');
      expect(hit?.translation).toBe('總領事');
      expect(hit?.examples[0]?.en).toContain('Consul-General');
    }
  });

  it('lists exact matches first, then terms that contain the query', () => {
    const hits = termbase.lookupTerm('Deputy Director-General');
    expect(hits.map((h) => [h.term.en, h.exact])).toEqual([
      ['Deputy Director-General', true],
      ['Deputy Director-General of the Foreign Affairs Office', false],
    ]);
    const zhHits = termbase.lookupTerm('外辦');
    expect(zhHits.map((h) => h.term.zh)).toEqual(['外辦', '外辦副主任']);
  });

  it('matches English words whole, not inside other words', () => {
    expect(termbase.lookupTerm('general')).toHaveLength(3);
    expect(termbase.lookupTerm('gene')).toEqual([]);
  });

  it('returns nothing for an unknown term and throws TERMS_EMPTY_QUERY for an empty one', () => {
    expect(termbase.lookupTerm('Minister of Culture')).toEqual([]);
    expect(() => termbase.lookupTerm('  ')).toThrow(expect.objectContaining({ code: 'TERMS_EMPTY_QUERY' }));
  });

  it('works the same on a termbase read back from TSV', () => {
    const reread = createTermbase(parseTermsTsv(serializeTermsTsv(terms)));
    expect(reread.lookupTerm('consul general')[0]?.translation).toBe('總領事');
    expect(reread.lookupTerm('外办副主任')[0]?.term.en).toBe('Deputy Director-General of the Foreign Affairs Office');
  });
});
