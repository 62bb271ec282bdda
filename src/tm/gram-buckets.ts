/**
 * Padded token bigrams → bucket numbers of the n-gram index. Used both when
 * building the index and for queries, so both sides always agree.
 *
 * A sequence t1…tn gives the n + 1 bigrams (START, t1), (t1, t2), …, (tn, END).
 * The count filter compares bigram MULTISETS; to turn a multiset into a set,
 * the i-th repetition of a bigram within one sequence is tagged i (so "的 的"
 * twice gives (的的, 1) and (的的, 2)), and a set intersection of tagged
 * bigrams equals the multiset intersection of untagged ones.
 *
 * The bigram (a, b) is first hashed to 32 bits, the repetition tag is counted
 * on that hash, and (hash, tag) is hashed again to a bucket. Both steps are
 * functions applied identically to query and unit, so each can only merge
 * elements; merging never makes a multiset intersection smaller, and the count
 * filter's lower bound (`score-bound.ts`) still holds for bucket counts.
 */

/** Marker token before the first token (never a vocabulary id: those stay below 2^31). */
const START = 0xfffffffe;
/** Marker token after the last token. */
const END = 0xffffffff;
/** Bucket written for a bigram that contains a token no stored unit has. */
export const ABSENT_BUCKET = 0xffffffff;

/** Murmur3's 32-bit finaliser (Appleby): a fast, well-mixed integer hash. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hashPair(a: number, b: number): number {
  return mix(Math.imul(a, 0x9e3779b1) ^ mix(b + 0x7f4a7c15));
}

function bucketOf(pairHash: number, tag: number, bucketBits: number): number {
  return mix(pairHash ^ Math.imul(tag, 0x27d4eb2f)) >>> (32 - bucketBits);
}

/** Scratch table for counting repetitions within one sequence (reused; cleared by generation stamps). */
export class GramScratch {
  keys: Uint32Array = new Uint32Array(256);
  counts: Uint32Array = new Uint32Array(256);
  stamps: Uint32Array = new Uint32Array(256);
  stamp = 0;
  out: Uint32Array = new Uint32Array(256);

  /** Prepare for a sequence of `grams` bigrams; returns the table mask. */
  begin(grams: number): number {
    if (grams > this.out.length) this.out = new Uint32Array(grams * 2);
    let size = this.keys.length;
    if (size < grams * 2) {
      while (size < grams * 2) size *= 2;
      this.keys = new Uint32Array(size);
      this.counts = new Uint32Array(size);
      this.stamps = new Uint32Array(size);
      this.stamp = 0;
    }
    this.stamp++;
    if (this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
    return size - 1;
  }

  /** 1 for the first occurrence of `key` in this sequence, 2 for the second, … */
  tag(key: number, mask: number): number {
    let slot = key & mask;
    for (;;) {
      if (this.stamps[slot] !== this.stamp) {
        this.stamps[slot] = this.stamp;
        this.keys[slot] = key;
        this.counts[slot] = 1;
        return 1;
      }
      if (this.keys[slot] === key) {
        const count = (this.counts[slot] ?? 0) + 1;
        this.counts[slot] = count;
        return count;
      }
      slot = (slot + 1) & mask;
    }
  }
}

/**
 * The buckets of the `length + 1` padded bigrams of `tokens[from, from + length)`,
 * written to `scratch.out`. A bigram holding a token id ≥ `knownLimit` (a
 * query token that no unit has) gets {@link ABSENT_BUCKET} and takes no part in
 * repetition tagging: no unit holds it, so it can be left out of the
 * intersection without changing it.
 * @returns The number of bigrams (`length + 1`).
 */
export function gramBuckets(
  tokens: Uint32Array,
  from: number,
  length: number,
  bucketBits: number,
  scratch: GramScratch,
  knownLimit = 0x7fffffff,
): number {
  const grams = length + 1;
  const mask = scratch.begin(grams);
  const out = scratch.out;
  let previous = START;
  for (let g = 0; g < grams; g++) {
    const token = g < length ? (tokens[from + g] ?? END) : END;
    if ((previous !== START && previous >= knownLimit) || (token !== END && token >= knownLimit)) {
      out[g] = ABSENT_BUCKET;
    } else {
      const pair = hashPair(previous, token);
      out[g] = bucketOf(pair, scratch.tag(pair, mask), bucketBits);
    }
    previous = token;
  }
  return grams;
}

/**
 * The bucket of the inner bigram (a, b) at its first occurrence: every unit
 * holding (a, b) at least once is in this bucket's list. Used by concordance.
 */
export function firstOccurrenceBucket(a: number, b: number, bucketBits: number): number {
  return bucketOf(hashPair(a, b), 1, bucketBits);
}
