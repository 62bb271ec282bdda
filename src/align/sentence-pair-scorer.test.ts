import { describe, expect, it } from 'vitest';
import { testAlignLexicon } from '../../test/helpers/test-align-lexicon';
import { createSentencePairScorer } from './sentence-pair-scorer';

const score = createSentencePairScorer({ lexicon: testAlignLexicon() });

describe('createSentencePairScorer', () => {
  it('scores a translation high and a non-translation low', () => {
    const good = score('Representatives of 50 firms attended the forum in Chongqing.', '50家企业代表在重庆出席论坛。');
    const bad = score('The weather is good tomorrow.', '50家企业代表在重庆出席论坛。');
    expect(good).toBeGreaterThan(0.9);
    // Calibrated against near misses (neighbouring sentences), so an unrelated short pair stays well below 0.5 but not near 0.
    expect(bad).toBeLessThan(0.3);
  });

  it('returns a probability for any input, empty texts included', () => {
    for (const [en, zh] of [['', ''], ['a', ''], ['', '甲'], ['x'.repeat(10_000), '乙'.repeat(10_000)]] as const) {
      const value = score(en, zh);
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  });

  it('does not depend on earlier calls', () => {
    const first = score('The forum was held.', '论坛举行了。');
    score('Wang Wen met 50 representatives.', '王雯会见了50名代表。');
    expect(score('The forum was held.', '论坛举行了。')).toBe(first);
  });
});
