/**
 * One DP pass: fill the banded table and trace the best path back.
 */
import type { BeadType } from './bead-type';
import { CostTable, type SearchBand } from './cost-table';
import { type BeadCostFunction, fillTable } from './fill-table';
import { type TracedBead, traceBack } from './trace-back';

/** The result of one pass: the filled table (with its bead costs) and the best path. */
export interface BandAlignment {
  readonly table: CostTable;
  readonly beads: readonly TracedBead[];
}

/**
 * Align in `band`: the cheapest path from (0, 0) to (n, m).
 */
export function alignBand(
  sourceCount: number,
  targetCount: number,
  types: readonly BeadType[],
  beadCost: BeadCostFunction,
  band: SearchBand,
): BandAlignment {
  const table = new CostTable(sourceCount, targetCount, band, types.length);
  fillTable(table, types, beadCost);
  return { table, beads: traceBack(table, types) };
}
