/** The query's tokens as a multiset, for counting how many a candidate shares. */

/** Query token counts by id; loaded per query, emptied after. */
export class TokenMultiset {
  private counts: Uint16Array = new Uint16Array(0);
  private undo: Uint32Array = new Uint32Array(256);

  /** Load the query `ids[0, length)`; all ids are below `idLimit`. */
  load(ids: Uint32Array, length: number, idLimit: number): void {
    if (this.counts.length < idLimit) this.counts = new Uint16Array(Math.max(idLimit, this.counts.length * 2));
    if (this.undo.length < length) this.undo = new Uint32Array(length * 2);
    for (let i = 0; i < length; i++) {
      const id = ids[i] ?? 0;
      this.counts[id] = (this.counts[id] ?? 0) + 1;
    }
  }

  /** Empty the multiset again (the same `ids` as loaded). */
  unload(ids: Uint32Array, length: number): void {
    for (let i = 0; i < length; i++) this.counts[ids[i] ?? 0] = 0;
  }

  /** Size of the multiset intersection of the loaded query and `tokens[from, from + length)`. */
  shared(tokens: Uint32Array, from: number, length: number): number {
    const counts = this.counts;
    let shared = 0;
    for (let i = 0; i < length; i++) {
      const id = tokens[from + i] ?? 0;
      const count = counts[id] ?? 0;
      if (count > 0) {
        counts[id] = count - 1;
        this.undo[shared++] = id;
      }
    }
    for (let u = 0; u < shared; u++) {
      const id = this.undo[u] ?? 0;
      counts[id] = (counts[id] ?? 0) + 1;
    }
    return shared;
  }
}
