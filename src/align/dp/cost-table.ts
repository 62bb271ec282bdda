/**
 * The DP grid, restricted to a band, in flat typed arrays.
 *
 * THE index convention of the aligner, stated once: the table holds NODES, not
 * sentences, so it is +1 in each dimension. Node (i, j) means "the first i
 * source sentences and the first j target sentences are aligned". A bead of
 * type (a, b) is an edge from node (i - a, j - b) to node (i, j); it links
 * source sentences i - a … i - 1 and target sentences j - b … j - 1. The
 * alignment is a path from node (0, 0) to node (n, m).
 *
 * Row i stores the nodes (i, lo[i]) … (i, hi[i]); everything outside the band
 * is unreachable (cost Infinity).
 */
import { at } from '../../checked';

/** Per row i (0 … n), the first and last target node index in the band. */
export interface SearchBand {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
}

/** A banded table of path costs and the step that reached each node. */
export class CostTable {
  readonly sourceCount: number;
  readonly targetCount: number;
  readonly band: SearchBand;
  /** Flat index of node (i, lo[i]); row i spans rowStart[i] … rowStart[i + 1] - 1. */
  readonly rowStart: Int32Array;
  /** Best path cost to each node (Infinity when unreached). */
  readonly cost: Float64Array;
  /** Index into the step list of the last bead of the best path to each node (255 = none). */
  readonly step: Uint8Array;
  /** Number of bead types (steps) the table is filled with. */
  readonly typeCount: number;
  /**
   * Cost of the bead of type t ending at the node with flat index k, at
   * k * typeCount + t (Infinity when the bead would start outside the band).
   * Filled by fillTable; read again by the forward–backward sums.
   */
  readonly beadCost: Float32Array;

  constructor(sourceCount: number, targetCount: number, band: SearchBand, typeCount: number) {
    this.sourceCount = sourceCount;
    this.targetCount = targetCount;
    this.band = band;
    if (band.lo.length <= sourceCount || band.hi.length <= sourceCount) {
      throw new Error(`Internal error in CostTable: the band has ${Math.min(band.lo.length, band.hi.length)} rows for ${sourceCount + 1} source nodes.`);
    }
    this.rowStart = new Int32Array(sourceCount + 2);
    for (let i = 0; i <= sourceCount; i++) {
      const width = Math.max(0, at(band.hi, i, 'CostTable: band hi') - at(band.lo, i, 'CostTable: band lo') + 1);
      this.rowStart[i + 1] = at(this.rowStart, i, 'CostTable: row start') + width;
    }
    const cells = at(this.rowStart, sourceCount + 1, 'CostTable: cell count');
    this.cost = new Float64Array(cells).fill(Number.POSITIVE_INFINITY);
    this.step = new Uint8Array(cells).fill(NO_STEP);
    this.typeCount = typeCount;
    this.beadCost = new Float32Array(cells * typeCount).fill(Number.POSITIVE_INFINITY);
  }

  /** Number of nodes stored. */
  get size(): number {
    return this.cost.length;
  }

  /** Flat index of node (i, j), or -1 when it lies outside the band. */
  index(i: number, j: number): number {
    if (i < 0 || i > this.sourceCount) return -1;
    // Called per node and bead type: unchecked reads. 0 <= i <= sourceCount, and the constructor
    // checked that the band and rowStart have a row for each such i.
    const lo = this.band.lo[i] as number;
    if (j < lo || j > (this.band.hi[i] as number)) return -1;
    return (this.rowStart[i] as number) + j - lo;
  }

  /** Path cost of node (i, j); Infinity outside the band. */
  costAt(i: number, j: number): number {
    const k = this.index(i, j);
    return k < 0 ? Number.POSITIVE_INFINITY : at(this.cost, k, 'CostTable.costAt');
  }
}

/** Marks a node no bead reached (and the start node). */
export const NO_STEP = 255;
