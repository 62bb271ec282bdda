import { describe, expect, it } from 'vitest';
import { chinesePhones, englishPhones, transliterationSimilarity } from './sound-similarity';
import { createReadings } from './pinyin-key';

const readings = createReadings();
const similar = (name: string, chinese: string): number => transliterationSimilarity(name, chinese, readings);

describe('transliterationSimilarity', () => {
  it('rates standard transliterations high (Xinhua usage)', () => {
    for (const [name, chinese] of [['Dbeibah', '德贝巴赫'], ['Johnson', '约翰逊'], ['Bristol', '布里斯托尔'], ['Merkel', '默克尔'], ['Emelyanov', '叶梅利亚诺夫'], ['Wagner', '瓦格纳'], ['Christopher', '克里斯托弗']] as const) {
      expect(similar(name, chinese), `${name} ${chinese}`).toBeGreaterThanOrEqual(0.6);
    }
  });

  it('rates different names low', () => {
    for (const [name, chinese] of [['Bristol', '约翰逊'], ['Merkel', '德贝巴赫'], ['Johnson', '布里斯托尔']] as const) {
      expect(similar(name, chinese), `${name} ${chinese}`).toBeLessThan(0.4);
    }
  });

  it('prefers the whole rendering to a piece of it', () => {
    expect(similar('Bristol', '布里斯托尔')).toBeGreaterThan(similar('Bristol', '布里斯'));
  });

  it('says nothing about names too short to judge', () => {
    expect(similar('Li', '李')).toBe(0);
  });

  it('writes phones as the module says', () => {
    expect(englishPhones('Johnson')).toEqual(['C', 'o', 'H', 'N', 'S', 'o', 'N']);
    expect(chinesePhones('斯', readings)).toEqual(['S']);
    expect(englishPhones('Carter')).toContain('R');
  });
});
