import { describe, expect, it } from 'vitest';
import { parseBeadFile } from './bead-file';
import { scoreAlignment } from './score-alignment';

// Two files, scored by hand.
// File A gold: [0]:[0] [1]:[1,2] [2]:[3] [3]:[]
//        test: [0]:[0] [1]:[1]  []:[2] [2]:[3] [3]:[]
//   strict: test beads 5, correct 3 ([0]:[0], [2]:[3], [3]:[]); gold 4.
//   lax test: [0]:[0] yes; [1]:[1] overlaps gold [1]:[1,2] yes; []:[2] needs a gold
//     bead with empty source holding target 2: no; [2]:[3] yes; [3]:[] yes (gold [3]:[]) → 4.
//   lax gold: [0]:[0] yes; [1]:[1,2] yes (test [1]:[1]); [2]:[3] yes; [3]:[] yes → 4.
// File B gold: [0,1]:[0]  test: [0]:[0] [1]:[]
//   strict: 0 of 2 test, 0 of 1 gold. lax test: [0]:[0] yes, [1]:[] no → 1; lax gold: 1.
// Totals: strict P = 3/7, R = 3/5, F1 = 2·(3/7)(3/5)/((3/7)+(3/5)) = 0.5.
//         lax P = 5/7, R = 5/5 = 1, F1 = 2·(5/7)/(5/7 + 1) = 10/12 = 0.8333.
const files = [
  {
    gold: parseBeadFile('[0]:[0]\n[1]:[1,2]\n[2]:[3]\n[3]:[]\n'),
    test: parseBeadFile('[0]:[0]\n[1]:[1]\n[]:[2]\n[2]:[3]\n[3]:[]\n'),
  },
  { gold: parseBeadFile('[0,1]:[0]\n'), test: parseBeadFile('[0]:[0]\n[1]:[]\n') },
];

describe('scoreAlignment', () => {
  const score = scoreAlignment(files);

  it('computes strict P/R/F1 over all files (hand-computed)', () => {
    expect(score.counts).toMatchObject({ gold: 5, test: 7, match: 3 });
    expect(score.strict.precision).toBeCloseTo(3 / 7, 10);
    expect(score.strict.recall).toBeCloseTo(3 / 5, 10);
    expect(score.strict.f1).toBeCloseTo(0.5, 10);
  });

  it('computes lax P/R/F1 as the reference scorer does (hand-computed)', () => {
    expect(score.counts).toMatchObject({ laxTest: 5, laxGold: 5 });
    expect(score.lax.precision).toBeCloseTo(5 / 7, 10);
    expect(score.lax.recall).toBe(1);
    expect(score.lax.f1).toBeCloseTo(10 / 12, 10);
  });

  it('counts per bead type', () => {
    expect(score.byType['1-1']).toMatchObject({ gold: 2, test: 4, match: 2 });
    expect(score.byType['1-2']).toMatchObject({ gold: 1, test: 0, match: 0 });
    expect(score.byType['0-1']).toMatchObject({ gold: 0, test: 1, match: 0 });
    expect(score.byType['1-0']).toMatchObject({ gold: 1, test: 2, match: 1 });
    expect(score.byType['2-1']).toMatchObject({ gold: 1, test: 0, match: 0 });
  });

  it('counts a repeated test bead twice, as eval.py does', () => {
    const twice = scoreAlignment([{ gold: parseBeadFile('[0]:[0]\n'), test: parseBeadFile('[0]:[0]\n[0]:[0]\n') }]);
    expect(twice.counts.match).toBe(2);
  });
});
