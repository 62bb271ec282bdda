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

/**
 * Posterior probability of each bead of the best path, in [0, 1].
 */
export function beadConfidence(alignment: BandAlignment, types: readonly BeadType[], temperature: number): number[] {
  const { table, beads } = alignment;
  const forward = forwardSums(table, types, temperature);
  const backward = backwardSums(table, types, temperature);
  const total = forward[table.index(table.sourceCount, table.targetCount)] as number;
  return beads.map((bead) => {
    const [i, j] = bead.end;
    const type = types[bead.typeIndex] as BeadType;
    const before = forward[table.index(i - type.source, j - type.target)] as number;
    const after = backward[table.index(i, j)] as number;
    const cost = table.beadCost[table.index(i, j) * types.length + bead.typeIndex] as number;
    const posterior = Math.exp(-(before + cost + after - total) / temperature);
    return Number.isFinite(posterior) ? Math.min(1, Math.max(0, posterior)) : 0;
  });
}
