/**
 * One DP pass: fill the banded table and trace the best path back. Bead costs
 * are computed once and kept (the confidence step reads them again).
 */
import type { BeadType } from './bead-type';
import { CostTable, type SearchBand } from './cost-table';
import { type BeadCostFunction, fillTable } from './fill-table';
import { type TracedBead, traceBack } from './trace-back';

/** The result of one pass. */
export interface BandAlignment {
  readonly table: CostTable;
  readonly beads: readonly TracedBead[];
  /** The bead costs of the pass, cached per node and type. */
  readonly beadCost: BeadCostFunction;
}

/**
 * Align in `band`: the cheapest path from (0, 0) to (n, m).
 * @example alignBand(2, 2, types, cost, fullBand(2, 2)).beads.length //=> 2
 */
export function alignBand(
  sourceCount: number,
  targetCount: number,
  types: readonly BeadType[],
  beadCost: BeadCostFunction,
  band: SearchBand,
): BandAlignment {
  const table = new CostTable(sourceCount, targetCount, band);
  const cached = cacheBeadCost(table, types.length, beadCost);
  fillTable(table, types, cached);
  return { table, beads: traceBack(table, types), beadCost: cached };
}

function cacheBeadCost(table: CostTable, typeCount: number, beadCost: BeadCostFunction): BeadCostFunction {
  const cache = new Float32Array(table.size * typeCount).fill(Number.NaN);
  return (t, i, j) => {
    const k = table.index(i, j) * typeCount + t;
    let cost = cache[k] as number;
    if (Number.isNaN(cost)) {
      cost = beadCost(t, i, j);
      cache[k] = cost;
    }
    return cost;
  };
}
