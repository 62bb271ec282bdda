/**
 * DP fill: the loops only. For every node of the band, the cheapest way to
 * reach it by one more bead (index convention in cost-table.ts).
 */
import type { BeadType } from './bead-type';
import { type CostTable, NO_STEP } from './cost-table';

/**
 * Cost of the bead of type `types[typeIndex]` that ENDS at node (i, j), i.e.
 * links source i - a … i - 1 and target j - b … j - 1. Lower is better.
 */
export type BeadCostFunction = (typeIndex: number, i: number, j: number) => number;

/**
 * Fill `table` with the cheapest path cost to every node and the step (index
 * into `types`) that reached it. Node (0, 0) costs 0.
 * @example
 * fillTable(table, [BEAD_TYPES.bead1to1, BEAD_TYPES.skipSource, BEAD_TYPES.skipTarget], () => 1)
 */
export function fillTable(table: CostTable, types: readonly BeadType[], beadCost: BeadCostFunction): void {
  const { lo, hi } = table.band;
  const { cost, step } = table;
  const start = table.index(0, 0);
  if (start < 0) throw new Error('the search band must contain node (0, 0)');
  cost[start] = 0;
  for (let i = 0; i <= table.sourceCount; i++) {
    const rowLo = lo[i] ?? 0;
    const rowHi = hi[i] ?? -1;
    let k = table.index(i, rowLo);
    for (let j = rowLo; j <= rowHi; j++, k++) {
      if (i === 0 && j === 0) continue;
      let best = Number.POSITIVE_INFINITY;
      let bestStep = NO_STEP;
      for (let t = 0; t < types.length; t++) {
        const type = types[t] as BeadType;
        const previous = table.index(i - type.source, j - type.target);
        if (previous < 0) continue;
        const before = cost[previous] ?? Number.POSITIVE_INFINITY;
        if (before === Number.POSITIVE_INFINITY) continue;
        const total = before + beadCost(t, i, j);
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
