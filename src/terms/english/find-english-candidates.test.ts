import { describe, expect, it } from 'vitest';
import { tokenizeEnglish } from '../../segment/tokens/tokenize-english';
import { classifyTokens, type EnglishWordFacts } from './classify-tokens';
import { findAcronymDefinitions } from './find-acronym-definitions';
import { findEnglishCandidates } from './find-english-candidates';

const COMMON = new Set(['national', 'mirror', 'fourth', 'army', 'people', 'political', 'the', 'is', 'an', 'of', 'said', 'met', 'minister']);
const facts: EnglishWordFacts = {
  isCommon: (w) => COMMON.has(w),
  isDemonym: (w) => ['libyan', 'chinese', 'russian', 'belarusian'].includes(w),
  isCommonAcronym: (a) => a === 'VAT',
  isKnownName: (w) => ['china', 'arab', 'libya', 'belarus'].includes(w),
};
const candidates = (text: string): string[] => findEnglishCandidates(text, classifyTokens(text, tokenizeEnglish(text), facts)).map((c) => c.text);

describe('findEnglishCandidates', () => {
  it('finds names, headed names and the names inside them', () => {
    const found = candidates('He met the Foreign Affairs Office of the Chongqing Municipal Government.');
    expect(found).toContain('Foreign Affairs Office of the Chongqing Municipal Government');
    expect(found).toContain('Foreign Affairs Office');
    expect(found).toContain('Chongqing Municipal Government');
    expect(found).not.toContain('Affairs Office');
  });

  it('splits a title from the name after it', () => {
    const found = candidates('Foreign Minister Wang Yi met Prime Minister Boris Johnson.');
    expect(found).toContain('Foreign Minister');
    expect(found).toContain('Wang Yi');
    expect(found).toContain('Boris Johnson');
    expect(found.some((c) => c.includes('Minister Wang'))).toBe(false);
  });

  it('finds lower-case titles with what qualifies them, not "former"', () => {
    const found = candidates('The UN special envoy met the former prime minister and the US ambassador to Libya.');
    expect(found).toEqual(expect.arrayContaining(['UN special envoy', 'special envoy', 'prime minister', 'US ambassador to Libya']));
    expect(found).not.toContain('former prime minister');
  });

  it('leaves out demonyms, calendar words, function words and common-noun acronyms', () => {
    const found = candidates('On Monday, Russian troops paid VAT in Libya.');
    expect(found).toEqual(['Libya']);
  });

  it('keeps an acronym defined in brackets out of the name, and finds it on its own', () => {
    const found = candidates("The Chinese People's Political Consultative Conference (CPPCC) met.");
    expect(found).toContain("Chinese People's Political Consultative Conference");
    expect(found).toContain('CPPCC');
  });

  it('opens a name with a day or a month only when a name word follows it', () => {
    const found = candidates('The Sunday Mirror said the May Fourth Movement began; on Monday Boris Johnson spoke.');
    expect(found).toEqual(expect.arrayContaining(['Sunday Mirror', 'May Fourth Movement', 'Boris Johnson']));
    expect(found.filter((c) => c.startsWith('Monday'))).toEqual([]);
  });

  it('finds a dated name without its year, and a name with the kind noun after it', () => {
    const found = candidates('Brisbane hosts the 2032 Olympic Games; the Conservative party won in the Smolyan region.');
    expect(found).toEqual(expect.arrayContaining(['2032 Olympic Games', 'Olympic Games', 'Conservative party', 'Smolyan region']));
  });

  it('starts a congress with its ordinal', () => {
    expect(candidates('It was decided at the 18th National Congress.')).toContain('18th National Congress');
  });
});

describe('findAcronymDefinitions', () => {
  it('reads the long form before a bracketed acronym', () => {
    expect(findAcronymDefinitions('the Arab Towns Organization (ATO) met')).toEqual([{ acronym: 'ATO', longForm: ['arab', 'towns', 'organization'] }]);
    expect(findAcronymDefinitions('the Foreign Affairs Office of the Chongqing Municipal Government (Chongqing FAO)')[0]?.longForm).toEqual(['foreign', 'affairs', 'office']);
  });
});
