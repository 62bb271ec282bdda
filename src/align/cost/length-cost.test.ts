import { describe, expect, it } from 'vitest';
import { lengthCost } from './length-cost';

describe('lengthCost', () => {
  const model = { ratio: 1, variance: 4 };

  it('is zero (about) when the lengths agree with the ratio', () => {
    // δ = 0 → −log erfc(0) = −log 1 = 0; the Chebyshev fit is within ~5e-6.
    expect(lengthCost(30, 30, model)).toBeCloseTo(0, 4);
    expect(lengthCost(30, 60, { ratio: 2, variance: 4 })).toBeCloseTo(0, 4);
  });

  it('matches the two-sided normal tail for a hand-computed δ', () => {
    // zh 24, en 36, ratio 1, s² 4: mean = (24 + 36) / 2 + 1 = 31, δ = 12 / √(4·31) = 1.0776.
    // 2(1 − Φ(1.0776)) = 0.2812 → cost = −ln 0.2812 = 1.2687.
    expect(lengthCost(24, 36, model)).toBeCloseTo(1.2687, 3);
  });

  it('is symmetric in the two sides when the ratio is 1', () => {
    expect(lengthCost(10, 40, model)).toBeCloseTo(lengthCost(40, 10, model), 10);
  });

  it('grows with the difference and stays finite for huge ones', () => {
    const costs = [30, 40, 60, 100, 1000].map((en) => lengthCost(30, en, model));
    for (let k = 1; k < costs.length; k++) expect(costs[k]).toBeGreaterThan(costs[k - 1] as number);
    expect(Number.isFinite(lengthCost(0, 1_000_000, model))).toBe(true);
  });

  it('handles empty sentences', () => {
    expect(lengthCost(0, 0, model)).toBeCloseTo(0, 4);
  });
});
