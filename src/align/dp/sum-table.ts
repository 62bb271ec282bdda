/**
 * Forward and backward sums over all paths of a filled band (the loops only;
 * the bead costs are those fillTable stored), for
 * bead posteriors: the probability of a bead is the total weight of the paths
 * through it over the weight of all paths (Moore 2002 selects his confident
 * 1-1 beads this way). Costs are negative log weights, so a "sum" here is a
 * soft minimum: −log Σ exp(−cost / temperature) · temperature.
 */
import type { BeadType } from './bead-type';
import type { CostTable } from './cost-table';
import { at } from '../../checked';

/**
 * Forward soft-min cost of reaching every node from (0, 0), in the layout of `table`.
 */
export function forwardSums(table: CostTable, types: readonly BeadType[], temperature: number): Float64Array {
  const sums = new Float64Array(table.size).fill(Number.POSITIVE_INFINITY);
  const { lo, hi } = table.band;
  sums[table.index(0, 0)] = 0;
  const terms = new Float64Array(types.length);
  for (let i = 0; i <= table.sourceCount; i++) {
    const rowHi = at(hi, i, 'forwardSums: band hi');
    for (let j = at(lo, i, 'forwardSums: band lo'), k = table.index(i, j); j <= rowHi; j++, k++) {
      if (i === 0 && j === 0) continue;
      let count = 0;
      // Per node and type: unchecked reads (see fillTable). t < types.length; previous >= 0 is a
      // node of the band, and k * types.length + t a slot of the beadCost layout.
      for (let t = 0; t < types.length; t++) {
        const type = types[t] as BeadType;
        const previous = table.index(i - type.source, j - type.target);
        if (previous < 0) continue;
        const before = sums[previous] as number;
        if (before === Number.POSITIVE_INFINITY) continue;
        terms[count++] = before + (table.beadCost[k * types.length + t] as number);
      }
      sums[k] = softMin(terms, count, temperature);
    }
  }
  return sums;
}

/**
 * Backward soft-min cost of reaching (n, m) from every node, in the layout of `table`.
 */
export function backwardSums(table: CostTable, types: readonly BeadType[], temperature: number): Float64Array {
  const sums = new Float64Array(table.size).fill(Number.POSITIVE_INFINITY);
  const { lo, hi } = table.band;
  sums[table.index(table.sourceCount, table.targetCount)] = 0;
  const terms = new Float64Array(types.length);
  for (let i = table.sourceCount; i >= 0; i--) {
    const rowLo = at(lo, i, 'backwardSums: band lo');
    for (let j = at(hi, i, 'backwardSums: band hi'), k = table.index(i, j); j >= rowLo; j--, k--) {
      if (i === table.sourceCount && j === table.targetCount) continue;
      let count = 0;
      // Per node and type: unchecked reads, as in forwardSums.
      for (let t = 0; t < types.length; t++) {
        const type = types[t] as BeadType;
        const next = table.index(i + type.source, j + type.target);
        if (next < 0) continue;
        const after = sums[next] as number;
        if (after === Number.POSITIVE_INFINITY) continue;
        terms[count++] = after + (table.beadCost[next * types.length + t] as number);
      }
      sums[k] = softMin(terms, count, temperature);
    }
  }
  return sums;
}

/** Terms more than this many temperatures above the minimum add less than e^-40: skipped. */
const NEGLIGIBLE = 40;

/** −T log Σ exp(−x / T) over the first `count` terms, computed stably. */
function softMin(terms: Float64Array, count: number, temperature: number): number {
  if (count === 0) return Number.POSITIVE_INFINITY;
  let min = Number.POSITIVE_INFINITY;
  // Per node: unchecked reads, x < count <= terms.length.
  for (let x = 0; x < count; x++) if ((terms[x] as number) < min) min = terms[x] as number;
  let sum = 0;
  const cutoff = min + NEGLIGIBLE * temperature;
  for (let x = 0; x < count; x++) {
    const term = terms[x] as number;
    if (term < cutoff) sum += Math.exp(-(term - min) / temperature);
  }
  return min - temperature * Math.log(sum);
}
