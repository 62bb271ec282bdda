import { describe, expect, it } from 'vitest';
import { stemEnglish } from './stem-english';

describe('stemEnglish', () => {
  it('meets irregular forms at their base form (CC-CEDICT glosses use base forms)', () => {
    expect(stemEnglish('said')).toBe(stemEnglish('say'));
    expect(stemEnglish('went')).toBe(stemEnglish('go'));
    expect(stemEnglish('children')).toBe(stemEnglish('child'));
  });

  it('strips regular inflections consistently', () => {
    for (const [a, b] of [
      ['walked', 'walk'],
      ['walking', 'walk'],
      ['walks', 'walk'],
      ['cities', 'city'],
      ['making', 'make'],
      ['stopped', 'stop'],
      ['boxes', 'box'],
      ['uses', 'use'],
      ['played', 'play'],
    ]) {
      expect(stemEnglish(a as string)).toBe(stemEnglish(b as string));
    }
  });

  it('keeps words that only look inflected', () => {
    expect(stemEnglish('thing')).toBe('thing');
    expect(stemEnglish('bus')).toBe('bus');
    expect(stemEnglish('glass')).toBe('glass');
  });
});
