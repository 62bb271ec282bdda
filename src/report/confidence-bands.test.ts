import { describe, expect, it } from 'vitest';
import { bandOf, confidenceBands } from './confidence-bands';

describe('confidenceBands', () => {
  it('derives the cuts from the threshold', () => {
    const cuts = (t: number): [string, number, number][] => confidenceBands(t).map((band) => [band.name, band.min, band.max]);
    expect(cuts(0.5)).toEqual([['high', 0.75, 1], ['good', 0.5, 0.75], ['low', 0, 0.5]]);
    expect(cuts(0.7)).toEqual([['high', 0.85, 1], ['good', 0.7, 0.85], ['check', 0.5, 0.7], ['low', 0, 0.5]]);
    expect(cuts(0.3)).toEqual([['high', 0.65, 1], ['good', 0.3, 0.65], ['low', 0, 0.3]]);
    expect(cuts(0)).toEqual([['high', 0.5, 1], ['good', 0, 0.5]]);
    expect(cuts(1)).toEqual([['high', 1, 1], ['check', 0.5, 1], ['low', 0, 0.5]]);
  });

  it('puts every confidence in the one band whose range holds it, below the threshold never in the TMX bands', () => {
    for (const threshold of [0, 0.3, 0.5, 0.7, 0.87, 0.9, 1]) {
      const bands = confidenceBands(threshold);
      for (let k = 0; k <= 1000; k++) {
        const confidence = k / 1000;
        const band = bands.find((b) => b.name === bandOf(confidence, threshold));
        expect(band, `${confidence} @ ${threshold}`).toBeDefined();
        expect(confidence >= (band?.min ?? 2) && (confidence < (band?.max ?? -1) || (band?.max === 1 && confidence <= 1))).toBe(true);
        expect(band?.name === 'high' || band?.name === 'good', `${confidence} @ ${threshold}`).toBe(confidence >= threshold);
      }
    }
  });

  it('a 0.87 unit under the threshold 0.9 is to check, not red, and the legend says so', () => {
    expect(bandOf(0.87, 0.9)).toBe('check');
    expect(confidenceBands(0.9).find((b) => b.name === 'check')?.label).toBe('0.50–0.90: below the threshold, kept out of the TMX; more likely right than wrong');
  });
});
