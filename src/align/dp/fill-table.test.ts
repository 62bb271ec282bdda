import { describe, expect, it } from 'vitest';
import { alignBand } from './align-band';
import { BEAD_TYPES, type BeadType } from './bead-type';
import { CostTable } from './cost-table';
import { fillTable } from './fill-table';
import { fullBand } from './search-band';
import { traceBack } from './trace-back';

// Two source and three target sentences. Hand-made costs: a 1-1 bead costs 1,
// a skip 5, and a 1-2 bead 1.5 when it links source 1 with targets 1 and 2,
// 10 otherwise. Best path by hand: 1-1 (0:0) then 1-2 (1:1,2), total 2.5;
// the runner-up 1-1, 1-1, 0-1 costs 7.
const types: BeadType[] = [BEAD_TYPES.bead1to1, BEAD_TYPES.skipSource, BEAD_TYPES.skipTarget, BEAD_TYPES.bead1to2];
const cost = (t: number, i: number, j: number): number => {
  const type = types[t] as BeadType;
  if (type.step === 'bead1to1') return 1;
  if (type.step === 'bead1to2') return i === 2 && j === 3 ? 1.5 : 10;
  return 5;
};

describe('fillTable and traceBack', () => {
  it('find the cheapest path (checked by hand)', () => {
    const table = new CostTable(2, 3, fullBand(2, 3), types.length);
    fillTable(table, types, cost);
    expect(table.costAt(2, 3)).toBeCloseTo(2.5, 10);
    const beads = traceBack(table, types);
    expect(beads.map((b) => [b.source, b.target])).toEqual([
      [[0], [0]],
      [[1], [1, 2]],
    ]);
    expect(beads.map((b) => b.cost)).toEqual([1, 1.5]);
  });

  it('start at node (0, 0) with cost 0 and reach every node of a full band', () => {
    const table = new CostTable(2, 3, fullBand(2, 3), types.length);
    fillTable(table, types, cost);
    expect(table.costAt(0, 0)).toBe(0);
    for (let i = 0; i <= 2; i++) for (let j = 0; j <= 3; j++) expect(Number.isFinite(table.costAt(i, j))).toBe(true);
    // Node (0, 3): only three target skips reach it.
    expect(table.costAt(0, 3)).toBe(15);
  });

  it('store every bead cost it computed, and Infinity where no bead can start', () => {
    const table = new CostTable(2, 3, fullBand(2, 3), types.length);
    fillTable(table, types, cost);
    const at = (i: number, j: number, t: number): number => table.beadCost[table.index(i, j) * types.length + t] as number;
    expect(at(2, 3, 3)).toBe(1.5);
    expect(at(0, 1, 0)).toBe(Number.POSITIVE_INFINITY); // a 1-1 bead cannot end in row 0
  });

  it('give empty sides as skips only', () => {
    expect(alignBand(0, 2, types, cost, fullBand(0, 2)).beads.map((b) => [b.source, b.target])).toEqual([
      [[], [0]],
      [[], [1]],
    ]);
  });
});
