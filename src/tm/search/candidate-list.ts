/** The candidates of one query, sorted for scoring. */
import { UintList } from '../core/uint-list';

/**
 * Candidates with the number of query tokens each shares (with multiplicity),
 * most shared first, so the best matches tend to be scored first.
 */
export class CandidateList {
  readonly positions: UintList = new UintList(1024);
  readonly shared: UintList = new UintList(1024);
  private readonly unsortedPositions: UintList = new UintList(1024);
  private readonly unsortedShared: UintList = new UintList(1024);

  clear(): void {
    this.positions.length = 0;
    this.shared.length = 0;
    this.unsortedPositions.length = 0;
    this.unsortedShared.length = 0;
  }

  add(position: number, shared: number): void {
    this.unsortedPositions.push(position);
    this.unsortedShared.push(shared);
  }

  /** Counting sort of the added candidates by shared count, descending (stable). */
  sort(maxShared: number): void {
    const starts = new Uint32Array(maxShared + 2);
    const count = this.unsortedPositions.length;
    const shared = this.unsortedShared.data;
    for (let c = 0; c < count; c++) {
      const bin = maxShared - (shared[c] ?? 0) + 1;
      starts[bin] = (starts[bin] ?? 0) + 1;
    }
    for (let s = 1; s < starts.length; s++) starts[s] = (starts[s] ?? 0) + (starts[s - 1] ?? 0);
    this.positions.reserve(count);
    this.shared.reserve(count);
    for (let c = 0; c < count; c++) {
      const value = shared[c] ?? 0;
      const at = starts[maxShared - value] ?? 0;
      starts[maxShared - value] = at + 1;
      this.positions.data[at] = this.unsortedPositions.data[c] ?? 0;
      this.shared.data[at] = value;
    }
    this.positions.length = count;
    this.shared.length = count;
  }
}
