import { describe, expect, it } from 'vitest';
import { alignBand } from './align-band';
import { BEAD_TYPES, type BeadType } from './bead-type';
import { bandAroundPath, fullBand, MAX_RECTANGLE_NODES } from './search-band';

const types: BeadType[] = [BEAD_TYPES.bead1to1, BEAD_TYPES.skipSource, BEAD_TYPES.skipTarget];

describe('search bands', () => {
  it('cover every node in the full band', () => {
    expect(Array.from(fullBand(2, 3).lo)).toEqual([0, 0, 0]);
    expect(Array.from(fullBand(2, 3).hi)).toEqual([3, 3, 3]);
  });

  it('follow a path within the width, monotone and connected', () => {
    // Path (0,0) (1,1) (2,2) (3,3) (4,4); a node is in the band when it is within
    // 1 row and 1 column of a rectangle between consecutive path nodes. Row 0 meets
    // rectangle point (1,2), so it reaches column 3; row 4 meets (3,2), so it starts at 1.
    const band = bandAroundPath([[1, 1], [2, 2], [3, 3]], 4, 4, 1);
    expect(Array.from(band.lo)).toEqual([0, 0, 0, 0, 1]);
    expect(Array.from(band.hi)).toEqual([3, 4, 4, 4, 4]);
    for (let i = 1; i < band.lo.length; i++) {
      expect(band.lo[i]).toBeGreaterThanOrEqual(band.lo[i - 1] as number);
      expect(band.lo[i]).toBeLessThanOrEqual(band.hi[i - 1] as number);
    }
  });

  it('always hold a path from (0, 0) to (n, m), even around a bad path', () => {
    const band = bandAroundPath([[5, 0]], 6, 9, 0);
    const beads = alignBand(6, 9, types, () => 1, band).beads;
    expect(beads.flatMap((b) => b.source)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(beads.flatMap((b) => b.target)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('stay bounded without any anchor on a large input (a corridor around the diagonal)', () => {
    const band = bandAroundPath([], 30_000, 42_000, 8);
    let nodes = 0;
    for (let i = 0; i <= 30_000; i++) nodes += (band.hi[i] as number) - (band.lo[i] as number) + 1;
    expect(nodes).toBeLessThan(2 * MAX_RECTANGLE_NODES);
    expect(band.lo[0]).toBe(0);
    expect(band.hi[30_000]).toBe(42_000);
    expect(band.lo[15_000]).toBeLessThanOrEqual(21_000);
    expect(band.hi[15_000]).toBeGreaterThanOrEqual(21_000);
  });

  it('give the full-band result when the best path lies inside', () => {
    const cost = (t: number, i: number, j: number): number => (t === 0 ? (i === j ? 0 : 3) : 2);
    const full = alignBand(5, 5, types, cost, fullBand(5, 5)).beads;
    const banded = alignBand(5, 5, types, cost, bandAroundPath([[1, 1], [2, 2], [3, 3], [4, 4]], 5, 5, 1)).beads;
    expect(banded.map((b) => [b.source, b.target])).toEqual(full.map((b) => [b.source, b.target]));
  });
});
