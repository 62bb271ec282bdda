import { describe, expect, it } from 'vitest';
import { parseLexicon } from '../lexicon/lexicon';
import type { TranslationUnit } from '../types';
import { extractTerms } from './extract-terms';

// A tiny lexicon: enough for the composition method, loaded in no time.
const lexicon = parseLexicon(['外办\t外辦\twai4 ban4\tforeign affairs office', '副主任\t副主任\tfu4 zhu3 ren4\tdeputy director'].join('\n'));

describe('extractTerms', () => {
  it('works without segmentit, on a lexicon passed in', () => {
    const units: TranslationUnit[] = [{ id: 'u1', en: 'Zhou Yi, Deputy Director of the Foreign Affairs Office, spoke.', zh: '外辦副主任周毅講話。' }];
    const { terms } = extractTerms(units, { lexicon });
    expect(terms.map((t) => `${t.type}:${t.en}=${t.zh}`)).toEqual(
      expect.arrayContaining(['person:Zhou Yi=周毅', 'org:Foreign Affairs Office=外辦', 'title:Deputy Director of the Foreign Affairs Office=外辦副主任']),
    );
    expect(terms.find((t) => t.en === 'Zhou Yi')?.examples[0]).toEqual({ unit: 'u1', en: 'Zhou Yi, Deputy Director of the Foreign Affairs Office, spoke.', zh: '外辦副主任周毅講話。' });
  });

  it('moves pairs below minConfidence to review', () => {
    const units: TranslationUnit[] = [{ id: 'u1', en: 'Wang Wen spoke.', zh: '王雯講話。' }];
    expect(extractTerms(units, { lexicon, minConfidence: 0.99 })).toMatchObject({ terms: [], review: [{ en: 'Wang Wen', zh: '王雯' }] });
  });

  it('warns about duplicate unit ids and returns nothing for no units', () => {
    const unit = { id: 'u1', en: 'Wang Wen', zh: '王雯' };
    expect(extractTerms([unit, unit], { lexicon }).issues.map((i) => i.code)).toEqual(['TERMS_DUPLICATE_UNIT_ID']);
    expect(extractTerms([], { lexicon })).toEqual({ terms: [], review: [], issues: [] });
  });

  it('rejects bad input and options with TERMS_INVALID_INPUT', () => {
    const bad = [{ id: 'u1', en: 'x' }] as unknown as TranslationUnit[];
    expect(() => extractTerms(bad, { lexicon })).toThrow(expect.objectContaining({ code: 'TERMS_INVALID_INPUT' }));
    expect(() => extractTerms([], { lexicon, minConfidence: 2 })).toThrow(expect.objectContaining({ code: 'TERMS_INVALID_INPUT' }));
    expect(() => extractTerms([], { lexicon, maxExamples: -1 })).toThrow(expect.objectContaining({ code: 'TERMS_INVALID_INPUT' }));
  });
});
