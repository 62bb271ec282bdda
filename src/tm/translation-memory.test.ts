import { describe, expect, it } from 'vitest';
import type { TmError } from '../errors';
import type { Term } from '../types';
import { TranslationMemory } from './translation-memory';

const units = [
  { id: 't1', en: 'Zhou Yi, Deputy Director-General of Chongqing FAO, presided over the meeting.', zh: '重慶市政府外辦副主任周毅主持會議。', props: { 'x-source': 'seed 22' } },
  { id: 't2', en: 'Nearly 50 business representatives attended the forum.', zh: '近50家企業代表出席論壇。' },
  { id: 't3', en: 'The Consul General met the Consul-General of Belarus.', zh: '總領事會見了白俄羅斯總領事。' },
];
const tm = TranslationMemory.fromUnits(units);

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return (error as TmError).code;
  }
  return undefined;
}

describe('TranslationMemory.lookup', () => {
  it('answers English with Chinese and Chinese (either script) with English; lang detected or given as a tag', () => {
    expect(tm.lookup('Zhou Yi, Deputy Director-General of Chongqing FAO, presided over the meeting')[0]).toMatchObject({ tuid: 't1', score: 1, lang: 'en', targetLang: 'zh', target: units[0]?.zh });
    expect(tm.lookup('重庆市政府外办副主任周毅主持会议')[0]).toMatchObject({ tuid: 't1', score: 1, lang: 'zh', target: units[0]?.en });
    expect(tm.lookup('重慶市政府外辦副主任周毅主持會議', { lang: 'zh-Hant-TW' })[0]?.tuid).toBe('t1');
  });

  it('returns the unit props and flags a difference in numbers', () => {
    expect(tm.lookup(units[0]?.en ?? '')[0]?.props).toEqual({ 'x-source': 'seed 22' });
    const [match] = tm.lookup('Nearly 60 business representatives attended the forum.');
    expect(match).toMatchObject({ tuid: 't2', numbersDiffer: true });
    expect(match?.score).toBeCloseTo(6 / 7);
    expect(tm.lookup('nearly 50 Business Representatives attended the Forum!')[0]).toMatchObject({ score: 1, numbersDiffer: false });
  });

  it('refuses bad queries and options with typed errors', () => {
    expect(codeOf(() => tm.lookup(''))).toBe('TM_EMPTY_QUERY');
    expect(codeOf(() => tm.lookup('。，!?'))).toBe('TM_EMPTY_QUERY');
    expect(codeOf(() => tm.lookup('a'.repeat(1 << 20)))).toBe('TM_QUERY_TOO_LONG');
    expect(codeOf(() => tm.lookup('bonjour', { lang: 'fr' }))).toBe('TM_UNKNOWN_LANG');
    expect(codeOf(() => tm.lookup('forum', { limit: 0 }))).toBe('TM_INVALID_OPTION');
    expect(codeOf(() => tm.lookup('forum', { minScore: 2 }))).toBe('TM_INVALID_OPTION');
    expect(codeOf(() => TranslationMemory.fromUnits([]))).toBe('TM_NO_UNITS');
    expect(codeOf(() => TranslationMemory.fromUnits(units, { maxQueryLength: 10 }).lookup('Consul General of Belarus'))).toBe('TM_QUERY_TOO_LONG');
  });
});

describe('TranslationMemory.concordance', () => {
  it('finds a hyphenated phrase however it is written, with every occurrence', () => {
    const [hit] = tm.concordance('consul-general');
    expect(hit?.tuid).toBe('t3');
    expect(hit?.spans.map((span) => hit.source.slice(span.start, span.end))).toEqual(['Consul General', 'Consul-General']);
  });

  it('finds Chinese in either script and one-character phrases, in unit order, up to the limit', () => {
    expect(tm.concordance('总领事').map((hit) => [hit.tuid, hit.spans.length])).toEqual([['t3', 2]]);
    expect(tm.concordance('會').map((hit) => hit.tuid)).toEqual(['t1', 't3']);
    expect(tm.concordance('會', { limit: 1 }).map((hit) => hit.tuid)).toEqual(['t1']);
    expect(tm.concordance('qwerty')).toEqual([]);
  });
});

describe('TranslationMemory.lookupTerm', () => {
  const term: Term = { type: 'title', en: 'Consul-General', zh: '總領事', zhHans: '总领事', count: 2, confidence: 0.9, methods: ['cedict'], units: ['t3'], examples: [] };

  it('needs a termbase', () => {
    expect(codeOf(() => tm.lookupTerm('總領事'))).toBe('TM_NO_TERMBASE');
  });

  it('searches a term list (through createTermbase) exactly, then by containment', () => {
    const withTerms = tm.withTermbase([term, { ...term, en: 'Deputy Consul-General', zh: '副總領事', zhHans: '副总领事', count: 1, confidence: 0.5 }]);
    expect(withTerms.lookupTerm('consul general').map((hit) => [hit.term.en, hit.exact])).toEqual([
      ['Consul-General', true],
      ['Deputy Consul-General', false],
    ]);
    expect(codeOf(() => withTerms.lookupTerm(' '))).toBe('TM_EMPTY_QUERY');
  });

  it('delegates to a termbase object', () => {
    const withTerms = tm.withTermbase({ lookupTerm: (query) => (query === 'x' ? [{ term, lang: 'en', exact: true, translation: term.zh, matched: term.en, entry: [term], examples: [] }] : []) });
    expect(withTerms.lookupTerm('x')).toHaveLength(1);
    expect(withTerms.lookup(units[0]?.en ?? '')[0]?.tuid).toBe('t1');
  });
});
