import { describe, expect, it } from 'vitest';
import { alignBand } from './align-band';
import { BEAD_TYPES, type BeadType } from './bead-type';
import { beadConfidence } from './confidence';
import { fullBand } from './search-band';

const types: BeadType[] = [BEAD_TYPES.bead1to1, BEAD_TYPES.skipSource, BEAD_TYPES.skipTarget, BEAD_TYPES.bead1to2, BEAD_TYPES.bead2to1];

/** Every path from (0, 0) to (n, m) as lists of [typeIndex, i, j] (end nodes). */
function allPaths(n: number, m: number): [number, number, number][][] {
  if (n === 0 && m === 0) return [[]];
  const paths: [number, number, number][][] = [];
  types.forEach((type, t) => {
    const i = n - type.source;
    const j = m - type.target;
    if (i < 0 || j < 0) return;
    for (const path of allPaths(i, j)) paths.push([...path, [t, n, m]]);
  });
  return paths;
}

describe('beadConfidence', () => {
  // Deterministic pseudo-random costs in [0, 4).
  const cost = (t: number, i: number, j: number): number => ((t * 7 + i * 13 + j * 29) % 17) / 4;

  it.each([1, 1.5])('equals the brute-force posterior over all paths (temperature %d)', (temperature) => {
    const n = 3;
    const m = 4;
    const alignment = alignBand(n, m, types, cost, fullBand(n, m));
    const confidence = beadConfidence(alignment, types, temperature);
    const paths = allPaths(n, m).map((path) => ({
      path,
      weight: Math.exp(-path.reduce((sum, [t, i, j]) => sum + cost(t, i, j), 0) / temperature),
    }));
    const total = paths.reduce((sum, p) => sum + p.weight, 0);
    alignment.beads.forEach((bead, k) => {
      const through = paths
        .filter((p) => p.path.some(([t, i, j]) => t === bead.typeIndex && i === bead.end[0] && j === bead.end[1]))
        .reduce((sum, p) => sum + p.weight, 0);
      expect(confidence[k]).toBeCloseTo(through / total, 6);
    });
  });

  it('is 1 when only one path exists', () => {
    const alignment = alignBand(1, 1, [BEAD_TYPES.bead1to1], () => 3, fullBand(1, 1));
    expect(beadConfidence(alignment, [BEAD_TYPES.bead1to1], 1.5)).toEqual([1]);
  });

  it('is one half between two equally good readings', () => {
    // One source, two targets: 1-2, or 1-1 + 0-1, or 0-1 + 1-1 … with costs making 1-2 and 1-1+0-1 equal and the rest impossible.
    const two: BeadType[] = [BEAD_TYPES.bead1to2, BEAD_TYPES.bead1to1, BEAD_TYPES.skipTarget];
    const c = (t: number, i: number, j: number): number => (t === 0 ? 2 : t === 1 ? (j === 1 ? 1 : 50) : i === 1 && j === 2 ? 1 : 50);
    const alignment = alignBand(1, 2, two, c, fullBand(1, 2));
    const confidence = beadConfidence(alignment, two, 1);
    expect(confidence[0]).toBeCloseTo(0.5, 6);
  });
});
