import { describe, expect, it } from 'vitest';
import { lengthWindow, maxEdits, scoreOf, sharedTokenLowerBound } from './score-bound';

describe('score bounds', () => {
  it('maxEdits is the largest distance whose score reaches minScore', () => {
    for (let length = 1; length <= 60; length++) {
      for (const minScore of [0, 0.3, 0.5, 0.7, 0.75, 0.8, 0.9, 0.95, 1]) {
        const k = maxEdits(length, minScore);
        expect(scoreOf(k, length)).toBeGreaterThanOrEqual(minScore);
        if (k < length) expect(scoreOf(k + 1, length)).toBeLessThan(minScore);
      }
    }
  });

  it('lengthWindow holds exactly the lengths whose length difference alone still reaches minScore', () => {
    for (let m = 1; m <= 30; m++) {
      for (const minScore of [0.5, 0.75, 0.9]) {
        const [low, high] = lengthWindow(m, minScore, 200);
        for (let n = 0; n <= 100; n++) {
          const reachable = scoreOf(Math.abs(m - n), Math.max(m, n)) >= minScore;
          expect(n >= low && n <= high, `m=${m} n=${n} s=${minScore}`).toBe(reachable);
        }
      }
    }
  });

  it('worked example: 20 tokens at 0.75 allow 5 edits and need 15 shared tokens', () => {
    expect(maxEdits(20, 0.75)).toBe(5);
    expect(sharedTokenLowerBound(20, 5)).toBe(15);
  });
});
