import { describe, expect, it } from 'vitest';
import { createReadings } from './pinyin-key';
import { chineseSkeleton, englishSkeleton, transliterationSimilarity } from './transliteration-similarity';

const readings = createReadings();

describe('transliterationSimilarity', () => {
  it.each([
    ['Emelyanov', '叶梅利亚诺夫'],
    ['Kurlenko', '库连科'],
    ['Kapyl', '科佩尔'],
    ['Yuri Senko', '尤里先科'],
  ])('hears %s in %s', (name, zh) => {
    expect(transliterationSimilarity(name, zh, readings)).toBeGreaterThanOrEqual(0.75);
  });

  it.each([
    ['Dmitry', '叶梅利亚诺夫'],
    ['Denis', '库连科'],
    ['Chandler', '马克'],
  ])('does not hear %s in %s', (name, zh) => {
    expect(transliterationSimilarity(name, zh, readings)).toBeLessThan(0.75);
  });

  it('reduces both sides to consonant classes', () => {
    expect(englishSkeleton('Emelyanov')).toBe('MLNF');
    expect(chineseSkeleton('叶梅利亚诺夫', readings)).toBe('MLNF');
  });

  it('gives 0 for skeletons too short to mean anything', () => {
    expect(transliterationSimilarity('Li', '李', readings)).toBe(0);
  });
});
