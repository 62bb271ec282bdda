import { describe, expect, it } from 'vitest';
import { stemEnglish, stemsMatch } from './english-stem';

describe('stemEnglish / stemsMatch', () => {
  it.each([
    ['municipal', 'municipality'],
    ['Belarusian', 'Belarus'],
    ['Chinese', 'China'],
    ['Asian', 'Asia'],
    ['economic', 'economy'],
    ['countries', 'country'],
    ['Provincial', 'province'],
    ["People's", 'people'],
  ])('joins %s and %s', (a, b) => {
    expect(stemsMatch(stemEnglish(a), stemEnglish(b))).toBe(true);
  });

  it.each([
    ['art', 'arts'],
    ['office', 'officer'],
    ['law', 'lawn'],
    ['trade', 'tradition'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(stemsMatch(stemEnglish(a), stemEnglish(b))).toBe(false);
  });
});

describe('stemsMatch on office words', () => {
  it('keeps office, officer and official apart', () => {
    expect(stemsMatch(stemEnglish('office'), stemEnglish('official'))).toBe(false);
    expect(stemsMatch(stemEnglish('office'), stemEnglish('officer'))).toBe(false);
  });
});
