import { describe, expect, it } from 'vitest';
import { parseGloss } from './parse-gloss';
import { phraseWords, phraseWordsOf } from './phrase-key';
import { rootOf } from './root-of';

const phrases = (gloss: string): string[] => parseGloss(gloss).phrases.map((p) => p.words.join(' '));

describe('parseGloss', () => {
  it('reads a person: the name without the life years or the description', () => {
    const reading = parseGloss('Joe Biden (1942-), US president (2021-)');
    expect(phrases('Joe Biden (1942-), US president (2021-)')).toEqual(['joe biden']);
    expect(reading.person).toBe(true);
    expect(parseGloss('Marx (name)').person).toBe(true);
  });

  it('reads acronyms and names in brackets as phrases of their own', () => {
    expect(phrases('ASEAN (Association of Southeast Asian Nations)').sort()).toEqual(['asean', 'association of southeast asian nations']);
    expect(phrases('National People\'s Congress (NPC)').sort()).toEqual(['national peoples congress', 'npc']);
  });

  it('reads what an abbreviation stands for, and drops cross references', () => {
    expect(phrases('abbr. for China')).toEqual(['china']);
    expect(phrases('abbr. of China')).toEqual(['china']);
    expect(phrases('Central Committee of the CCP, abbr. for 中國共產黨中央委員會|中国共产党中央委员会[Zhong1 guo2]')).toEqual(['central committee of ccp']);
    expect(parseGloss('surname Wang').empty).toBe(true);
    expect(parseGloss('variant of 臺灣|台湾[Tai2 wan1]').empty).toBe(true);
  });

  it('keeps the rendering before a comma and the name before "of" a place', () => {
    expect(phrases('Minsk, capital of Belarus')).toEqual(['minsk']);
    expect(phrases("people's congress, a legislative body")).toEqual(['peoples congress']);
    expect(phrases('Wanzhou district of Chongqing municipality')).toEqual(['wanzhou district of chongqing municipality', 'wanzhou district']);
  });

  it('gives the stems of content words, verbs without their "to"', () => {
    expect(parseGloss('to provide').stems).toEqual(['provid']);
    expect(parseGloss('Ministry of Foreign Affairs').stems).toEqual(['ministri', 'foreign', 'affair']);
  });
});

describe('phrase keys and roots', () => {
  it('compares words without case, accents, apostrophes, articles or hyphens', () => {
    expect(phraseWords('the People’s Republic')).toEqual(['peoples', 'republic']);
    expect(phraseWordsOf('António')).toEqual(['antonio']);
    expect(phraseWordsOf('Director-General')).toEqual(['director', 'general']);
    expect(phraseWordsOf('U.S.')).toEqual(['us']);
  });

  it('reads British and American spellings and gendered posts as one word', () => {
    expect(phraseWords('spokesman')).toEqual(phraseWords('spokesperson'));
    expect(phraseWords('World Food Programme')).toEqual(['world', 'food', 'program']);
  });

  it('joins derived forms of one word and keeps others apart', () => {
    expect(rootOf('municipality')).toBe(rootOf('municipal'));
    expect(rootOf('provincial')).toBe(rootOf('province'));
    expect(rootOf('european')).toBe(rootOf('europe'));
    expect(rootOf('japanese')).toBe(rootOf('japan'));
    expect(rootOf('officer')).not.toBe(rootOf('office'));
  });
});
