import { describe, expect, it } from 'vitest';
import { ENGLISH_ABBREVIATIONS } from './english-abbreviations';
import { skipOpeners, startsEnglishSentence, startsWithCapital, wordAt } from './english-sentence-start';
import { ENGLISH_SENTENCE_STARTERS } from './english-sentence-starters';

describe('English sentence starts (TSDoc examples and edges)', () => {
  it('accepts capitals, digits, Han and symbols, after opening quotes', () => {
    expect(startsEnglishSentence('"Yes," he said', 0)).toBe(true);
    expect(startsEnglishSentence('2022 was good', 0)).toBe(true);
    expect(startsEnglishSentence('重慶', 0)).toBe(true);
    expect(startsEnglishSentence('$5 was spent', 0)).toBe(true);
  });

  it('rejects lower case and continuing punctuation', () => {
    expect(startsEnglishSentence('he said', 0)).toBe(false);
    expect(startsEnglishSentence("('and this')", 0)).toBe(false);
    expect(startsEnglishSentence('— you have cake', 0)).toBe(false);
    expect(startsEnglishSentence(', and', 0)).toBe(false);
    expect(startsEnglishSentence('"', 0)).toBe(false);
  });

  it('reads the first word and its case', () => {
    expect(wordAt('"The end', 0)).toBe('The');
    expect(wordAt('𝐀𝐁 c', 0)).toBe('𝐀𝐁');
    expect(skipOpeners('“(‘x', 0)).toBe(3);
    expect(startsWithCapital('‘Go', 0)).toBe(true);
  });

  it('runs the data examples', () => {
    expect(ENGLISH_ABBREVIATIONS.get('mr')).toBe('title');
    expect(ENGLISH_ABBREVIATIONS.get('e.g')).toBe('inner');
    expect(ENGLISH_SENTENCE_STARTERS.has('The')).toBe(true);
    expect(ENGLISH_SENTENCE_STARTERS.has('Government')).toBe(false);
  });
});
