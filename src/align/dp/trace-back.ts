/**
 * DP traceback: follow the stored steps from node (n, m) back to (0, 0) and
 * turn them into beads (index convention in cost-table.ts).
 */
import type { BeadType } from './bead-type';
import { type CostTable, NO_STEP } from './cost-table';
import { at } from '../../checked';

/** A bead of the best path, before confidence is known. */
export interface TracedBead {
  readonly source: readonly number[];
  readonly target: readonly number[];
  /** Index into the step list the table was filled with. */
  readonly typeIndex: number;
  /** Node where the bead ends: it links source `end[0] - a …` and target `end[1] - b …`. */
  readonly end: readonly [number, number];
  /** Cost of this bead alone (difference of path costs). */
  readonly cost: number;
}

/**
 * Read the best path out of a filled table, first bead first.
 */
export function traceBack(table: CostTable, types: readonly BeadType[]): TracedBead[] {
  const beads: TracedBead[] = [];
  let i = table.sourceCount;
  let j = table.targetCount;
  while (i > 0 || j > 0) {
    const k = table.index(i, j);
    const t = k < 0 ? NO_STEP : at(table.step, k, 'traceBack: step');
    const type = types[t];
    if (type === undefined) throw new Error(`traceback reached node (${i}, ${j}) that no bead reaches`);
    const pi = i - type.source;
    const pj = j - type.target;
    beads.push({
      source: range(pi, i),
      target: range(pj, j),
      typeIndex: t,
      end: [i, j],
      cost: at(table.cost, k, 'traceBack: path cost') - table.costAt(pi, pj),
    });
    i = pi;
    j = pj;
  }
  return beads.reverse();
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let x = from; x < to; x++) out.push(x);
  return out;
}
