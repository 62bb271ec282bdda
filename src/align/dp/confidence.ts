/**
 * Confidence of a bead: its posterior probability under the model, the
 * weight of all paths through the bead over the weight of all paths
 * (forward–backward over the same band), at a fitted temperature. A bead the
 * model could as well have drawn differently (a 1-2 that might be 1-1 + 0-1)
 * gets a low value, so sorting by confidence shows a reviewer the doubtful
 * beads first. Calibration is measured in test/bench/align.md.
 */
import type { BandAlignment } from './align-band';
import type { BeadType } from './bead-type';
import { backwardSums, forwardSums } from './sum-table';
import { at } from '../../checked';

/**
 * Posterior probability of each bead of the best path, in [0, 1].
 */
export function beadConfidence(alignment: BandAlignment, types: readonly BeadType[], temperature: number): number[] {
  const { table, beads } = alignment;
  const forward = forwardSums(table, types, temperature);
  const backward = backwardSums(table, types, temperature);
  const total = at(forward, table.index(table.sourceCount, table.targetCount), 'beadConfidence: end node');
  return beads.map((bead) => {
    const [i, j] = bead.end;
    const type = at(types, bead.typeIndex, 'beadConfidence: bead type');
    const before = at(forward, table.index(i - type.source, j - type.target), 'beadConfidence: bead start');
    const after = at(backward, table.index(i, j), 'beadConfidence: bead end');
    const cost = at(table.beadCost, table.index(i, j) * types.length + bead.typeIndex, 'beadConfidence: bead cost');
    const posterior = Math.exp(-(before + cost + after - total) / temperature);
    return Number.isFinite(posterior) ? Math.min(1, Math.max(0, posterior)) : 0;
  });
}
