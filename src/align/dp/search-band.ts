/**
 * Search bands: which nodes of the DP grid to visit (index convention in
 * cost-table.ts). A band always holds a monotone path from (0, 0) to (n, m),
 * so the DP always finds an alignment.
 */
import type { SearchBand } from './cost-table';
import { at } from '../../checked';

/**
 * Every node: exact, but n × m work. For small inputs.
 * @example fullBand(2, 3).hi //=> Int32Array [3, 3, 3]
 */
export function fullBand(sourceCount: number, targetCount: number): SearchBand {
  return { lo: new Int32Array(sourceCount + 1), hi: new Int32Array(sourceCount + 1).fill(targetCount) };
}

/**
 * Nodes within `width` (in both directions) of a monotone path of nodes from
 * (0, 0) to (n, m). The path's nodes may jump (a 1-3 bead); the band covers
 * the rectangle between consecutive nodes.
 * @example bandAroundPath([[0, 0], [1, 1], [2, 2]], 2, 2, 0).hi //=> Int32Array [1, 2, 2]
 */
export function bandAroundPath(
  path: readonly (readonly [number, number])[],
  sourceCount: number,
  targetCount: number,
  width: number,
): SearchBand {
  const lo = new Int32Array(sourceCount + 1).fill(targetCount);
  const hi = new Int32Array(sourceCount + 1).fill(0);
  const cover = (i: number, jFrom: number, jTo: number): void => {
    for (let r = Math.max(0, i - width); r <= Math.min(sourceCount, i + width); r++) {
      lo[r] = Math.min(at(lo, r, 'bandAroundPath: lo'), Math.max(0, jFrom - width));
      hi[r] = Math.max(at(hi, r, 'bandAroundPath: hi'), Math.min(targetCount, jTo + width));
    }
  };
  let previous: readonly [number, number] = [0, 0];
  for (const node of [[0, 0] as const, ...path, [sourceCount, targetCount] as const]) {
    const rows = Math.abs(node[0] - previous[0]);
    const columns = Math.abs(node[1] - previous[1]);
    if ((rows + 1) * (columns + 1) <= MAX_RECTANGLE_NODES) {
      // The rectangle between consecutive path nodes: rows previous[0]..node[0], columns previous[1]..node[1].
      for (let i = previous[0]; i <= node[0]; i++) cover(i, Math.min(previous[1], node[1]), Math.max(previous[1], node[1]));
    } else {
      // Too large (no anchors over a long stretch): a corridor around the straight
      // line instead, as wide as the node budget allows.
      const half = Math.max(width, Math.floor(MAX_RECTANGLE_NODES / (2 * (rows + 1))));
      for (let i = previous[0]; i <= node[0]; i++) {
        const center = Math.round(previous[1] + ((i - previous[0]) * (node[1] - previous[1])) / Math.max(1, rows));
        cover(i, center - half, center + half);
      }
    }
    previous = node;
  }
  return makeConnected({ lo, hi }, targetCount);
}

/**
 * The largest rectangle between two path nodes searched whole (4 million nodes,
 * e.g. 2000 × 2000 sentences without a single anchor): beyond it the band
 * becomes a corridor around the diagonal, so memory stays bounded (each node
 * costs ~60 bytes) whatever the input.
 */
export const MAX_RECTANGLE_NODES = 4_000_000;

/**
 * Make a band monotone and connected: lo and hi never decrease, row 0 starts
 * at column 0, the last row ends at column m, and consecutive rows overlap.
 */
function makeConnected(band: SearchBand, targetCount: number): SearchBand {
  const { lo, hi } = band;
  const n = lo.length - 1;
  lo[0] = 0;
  hi[n] = targetCount;
  for (let i = 1; i <= n; i++) hi[i] = Math.max(at(hi, i, 'makeConnected: hi'), at(hi, i - 1, 'makeConnected: hi'));
  for (let i = n - 1; i >= 0; i--) lo[i] = Math.min(at(lo, i, 'makeConnected: lo'), at(lo, i + 1, 'makeConnected: lo'));
  // Overlap: row i + 1 must start no later than row i ends.
  for (let i = 0; i < n; i++) {
    const end = at(hi, i, 'makeConnected: hi');
    if (at(lo, i + 1, 'makeConnected: lo') > end) lo[i + 1] = end;
  }
  return band;
}
