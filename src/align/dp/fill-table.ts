/**
 * DP fill: the loops only. For every node of the band, the cheapest way to
 * reach it by one more bead (index convention in cost-table.ts). Every bead
 * cost computed is kept in the table for the confidence step.
 */
import type { BeadType } from './bead-type';
import { type CostTable, NO_STEP } from './cost-table';
import { at } from '../../checked';

/**
 * Cost of the bead of type `types[typeIndex]` that ENDS at node (i, j), i.e.
 * links source i - a … i - 1 and target j - b … j - 1. Lower is better.
 */
export type BeadCostFunction = (typeIndex: number, i: number, j: number) => number;

/**
 * Fill `table` with the cheapest path cost to every node and the step (index
 * into `types`) that reached it. Node (0, 0) costs 0.
 */
export function fillTable(table: CostTable, types: readonly BeadType[], beadCost: BeadCostFunction): void {
  const { lo, hi } = table.band;
  const { cost, step, rowStart } = table;
  const beadCosts = table.beadCost;
  const typeCount = types.length;
  const start = table.index(0, 0);
  if (start < 0) throw new Error('the search band must contain node (0, 0)');
  cost[start] = 0;
  // Per type, where row i - a starts in the flat arrays, so that the node
  // (i - a, j - b) is at base[t] + j when lo[i - a] <= j - b <= hi[i - a].
  const base = new Int32Array(typeCount);
  const previousLo = new Int32Array(typeCount);
  const previousHi = new Int32Array(typeCount);
  for (let i = 0; i <= table.sourceCount; i++) {
    for (let t = 0; t < typeCount; t++) {
      const type = at(types, t, 'fillTable: bead type');
      const row = i - type.source;
      if (row < 0) {
        previousLo[t] = 1;
        previousHi[t] = 0; // empty: no bead of this type ends in row i
        continue;
      }
      previousLo[t] = at(lo, row, 'fillTable: band lo') + type.target;
      previousHi[t] = at(hi, row, 'fillTable: band hi') + type.target;
      base[t] = at(rowStart, row, 'fillTable: row start') - at(lo, row, 'fillTable: band lo') - type.target;
    }
    const rowLo = at(lo, i, 'fillTable: band lo');
    const rowHi = at(hi, i, 'fillTable: band hi');
    for (let j = rowLo, k = at(rowStart, i, 'fillTable: row start'); j <= rowHi; j++, k++) {
      if (k === start) continue;
      let best = Number.POSITIVE_INFINITY;
      let bestStep = NO_STEP;
      // The innermost loop (n × m × types) reads unchecked: a checked read here costs ~40% of the
      // fill (bench:align, full table). t < typeCount is the arrays' length, and the previous
      // node base[t] + j is inside row i - a because previousLo[t] <= j <= previousHi[t].
      for (let t = 0; t < typeCount; t++) {
        if (j < (previousLo[t] as number) || j > (previousHi[t] as number)) continue;
        const before = cost[(base[t] as number) + j] as number;
        if (before === Number.POSITIVE_INFINITY) continue;
        const c = beadCost(t, i, j);
        beadCosts[k * typeCount + t] = c;
        const total = before + c;
        if (total < best) {
          best = total;
          bestStep = t;
        }
      }
      cost[k] = best;
      step[k] = bestStep;
    }
  }
}
