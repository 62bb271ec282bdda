import { describe, expect, it } from 'vitest';
import { ENGLISH_ABBREVIATIONS } from './english-abbreviations';
import { missingSpaceEndsSentence, periodEndsSentence } from './english-period';
import { ENGLISH_SENTENCE_STARTERS } from './english-sentence-starters';

/** Does the first period of `text` end a sentence? (The next word starts after one space.) */
function endsAt(text: string, sentenceStart = 0): boolean {
  const period = text.indexOf('. ');
  return periodEndsSentence(text, period, period + 2, sentenceStart, ENGLISH_ABBREVIATIONS);
}

describe('periodEndsSentence', () => {
  it('runs its TSDoc examples', () => {
    expect(periodEndsSentence('Mr. Smith', 2, 4, 0, ENGLISH_ABBREVIATIONS)).toBe(false);
    expect(periodEndsSentence('in 2022. The', 7, 9, 0, ENGLISH_ABBREVIATIONS)).toBe(true);
  });

  it('ends after an ordinary word or number', () => {
    expect(endsAt('It rained. Then')).toBe(true);
    expect(endsAt("She didn't. Then")).toBe(true);
    expect(endsAt('Rates rose 5%. Then')).toBe(true);
  });

  it('never ends after a title or an inner abbreviation', () => {
    for (const text of ['Mr. Li', 'Dr. Wang', 'Prof. Adams', 'Gen. Lee', 'e.g. The', 'i.e. The', 'vs. Sichuan', 'approx. The']) {
      expect(endsAt(text), text).toBe(false);
    }
  });

  it('ends after an abbreviation before numbers only when no number follows', () => {
    expect(endsAt('Room No. 12')).toBe(false);
    expect(endsAt('See Fig. 3')).toBe(false);
    expect(endsAt('On Dec. 25')).toBe(false);
    expect(endsAt('He said No. Then')).toBe(true);
    expect(endsAt('Find N°. 1026')).toBe(false);
  });

  it('ends after an ambiguous abbreviation only before a sentence starter', () => {
    expect(endsAt('the U.S. Government')).toBe(false);
    expect(endsAt('the U.S. He')).toBe(true);
    expect(endsAt('Apex Inc. The')).toBe(true);
    expect(endsAt('Apex Inc. Chairman')).toBe(false);
    expect(endsAt('the Ph.D. Program')).toBe(false);
  });

  it('ends after etc. before any capitalised word', () => {
    expect(endsAt('trade, etc. Chen')).toBe(true);
  });

  it('reads one letter as an initial, except the pronoun I after a lower-case word', () => {
    expect(endsAt('Mark C. Chandler')).toBe(false);
    expect(endsAt('page p. 55')).toBe(false);
    expect(endsAt('you and I. Did')).toBe(true);
    expect(endsAt('Albert I. Jones')).toBe(false);
  });

  it('reads a short number at the start of a sentence or after a colon as a list marker', () => {
    expect(endsAt('1. The first')).toBe(false);
    expect(endsAt('my innocence: 1. The leader')).toBe(false);
    const rained = 'It rained. 2. It was cold';
    expect(periodEndsSentence(rained, 12, 14, 11, ENGLISH_ABBREVIATIONS)).toBe(false);
    expect(endsAt('It was $3.50. Then')).toBe(true);
    expect(periodEndsSentence('Sept. 12. Details', 8, 10, 0, ENGLISH_ABBREVIATIONS)).toBe(true);
    expect(endsAt('in 1990. He')).toBe(true);
  });
});

describe('missingSpaceEndsSentence', () => {
  it('runs its TSDoc examples', () => {
    expect(missingSpaceEndsSentence('San Francisco.He said', 13, ENGLISH_ABBREVIATIONS)).toBe(true);
    expect(missingSpaceEndsSentence('the U.S.A. team', 5, ENGLISH_ABBREVIATIONS)).toBe(false);
  });

  const at = (text: string): boolean => missingSpaceEndsSentence(text, text.indexOf('.'), ENGLISH_ABBREVIATIONS);

  it('ends between a lower-case word or a year and a capitalised word', () => {
    expect(at('Congress.Professor Wu')).toBe(true);
    expect(at('since 2020.The final')).toBe(true);
  });

  it('does not end inside decimals, abbreviations, URLs and e-mail addresses', () => {
    expect(at('version 3.5 is')).toBe(false);
    expect(at('Mr.Smith agreed')).toBe(false);
    expect(at('Jane.Doe@example.com')).toBe(false);
    expect(at('https://example.org/A.Html')).toBe(false);
    expect(at('www.Example.com')).toBe(false);
    expect(at('Node.JS')).toBe(false);
    expect(at('the 3.Big')).toBe(false);
  });
});

describe('abbreviation data', () => {
  it('has lower-case keys without a final period', () => {
    for (const key of ENGLISH_ABBREVIATIONS.keys()) expect(key).toMatch(/^[a-z][a-z.]*[a-z]$/u);
  });

  it('has capitalised sentence starters', () => {
    for (const word of ENGLISH_SENTENCE_STARTERS) expect(word).toMatch(/^[A-Z][a-z]*$/u);
  });
});
