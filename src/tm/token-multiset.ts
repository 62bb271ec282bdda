/**
 * The unigram filter, applied to each candidate before the edit distance:
 * an alignment of cost d between sequences of m and n tokens matches at least
 * max(m, n) − d token pairs, and matched pairs form a common subsequence,
 * which never exceeds the multiset intersection of the two token sets. So
 *
 *     d ≥ max(m, n) − |tokens(query) ∩ tokens(unit)|
 *
 * and a unit sharing fewer than max(m, n) − k tokens cannot be within k
 * edits. This is q-gram counting with q = 1: too common to index (every
 * unit shares "the" or "的"), but a far stronger bound than bigrams for one
 * candidate (one edit costs one shared token, not two), and it takes one pass
 * over the unit's tokens instead of the 2k + 1 band of the edit distance.
 */

/** The query's tokens as a multiset, checked against candidate units. */
export class TokenMultiset {
  private counts: Uint16Array = new Uint16Array(0);
  private readonly undo: number[] = [];

  /** Load the query `ids[0, length)`; ids are below `idLimit`. */
  load(ids: Uint32Array, length: number, idLimit: number): void {
    if (this.counts.length < idLimit) this.counts = new Uint16Array(Math.max(idLimit, this.counts.length * 2));
    for (let i = 0; i < length; i++) {
      const id = ids[i] ?? 0;
      this.counts[id] = (this.counts[id] ?? 0) + 1;
    }
  }

  /** Empty the multiset again (the same `ids` as loaded). */
  unload(ids: Uint32Array, length: number): void {
    for (let i = 0; i < length; i++) this.counts[ids[i] ?? 0] = 0;
  }

  /**
   * True when `tokens[from, from + length)` shares at least `wanted` tokens
   * (multiset intersection) with the loaded query.
   */
  sharesAtLeast(tokens: Uint32Array, from: number, length: number, wanted: number): boolean {
    if (wanted <= 0) return true;
    if (wanted > length) return false;
    const counts = this.counts;
    let shared = 0;
    let undone = 0;
    for (let i = 0; i < length; i++) {
      if (shared >= wanted || shared + (length - i) < wanted) break;
      const id = tokens[from + i] ?? 0;
      const count = counts[id] ?? 0;
      if (count > 0) {
        counts[id] = count - 1;
        this.undo[undone++] = id;
        shared++;
      }
    }
    for (let u = 0; u < undone; u++) {
      const id = this.undo[u] ?? 0;
      counts[id] = (counts[id] ?? 0) + 1;
    }
    return shared >= wanted;
  }
}
