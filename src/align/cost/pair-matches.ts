/**
 * Which evidence items of a Chinese sentence and of an English sentence match
 * each other, as bit masks over each sentence's items. Computed once per
 * sentence pair the DP looks at, then OR-ed for many-to-many beads.
 */
import type { SearchBand } from '../dp/cost-table';
import type { SentenceEvidence } from '../evidence/sentence-evidence';

/** For each Chinese sentence s, the English sentences en[s].lo … en[s].hi the DP may pair it with. */
export interface PairRanges {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
}

/**
 * The sentence pairs a DP band can score: a bead of at most `maxSource` ×
 * `maxTarget` sentences ending at a node of the band covers sentences just
 * before that node (index convention in dp/cost-table.ts).
 * @example pairRanges(fullBand(2, 2), 2, 2, 1, 1, true).hi //=> Int32Array [1, 1]
 */
export function pairRanges(band: SearchBand, n: number, m: number, maxSource: number, maxTarget: number, sourceIsZh: boolean): PairRanges {
  const zhCount = sourceIsZh ? n : m;
  const enCount = sourceIsZh ? m : n;
  const lo = new Int32Array(zhCount).fill(enCount);
  const hi = new Int32Array(zhCount).fill(-1);
  for (let i = 1; i <= n; i++) {
    // Nodes (i, lo..hi) end beads over source i - maxSource … i - 1 and target lo - maxTarget … hi - 1.
    const sourceFrom = Math.max(0, i - maxSource);
    const targetFrom = Math.max(0, (band.lo[i] ?? 0) - maxTarget);
    const targetTo = Math.min(m - 1, (band.hi[i] ?? -1) - 1);
    if (targetTo < targetFrom) continue;
    if (sourceIsZh) {
      for (let s = sourceFrom; s < i; s++) {
        lo[s] = Math.min(lo[s] ?? enCount, targetFrom);
        hi[s] = Math.max(hi[s] ?? -1, targetTo);
      }
    } else {
      for (let s = targetFrom; s <= targetTo; s++) {
        lo[s] = Math.min(lo[s] ?? enCount, sourceFrom);
        hi[s] = Math.max(hi[s] ?? -1, i - 1);
      }
    }
  }
  return { lo, hi };
}

/** Below conceptCount / this many pairs, masks are computed pair by pair by merging (see #computeRanges). */
const FEW_PAIRS_FACTOR = 64;

/**
 * Match masks for (Chinese sentence, English sentence) pairs: computed for all
 * pairs of the ranges at construction (a Chinese sentence's concepts are
 * stamped into a concept-indexed array once, then each English sentence of its
 * range probes it: O(English concepts) per pair), lazily for any other pair.
 * Pairs that share no concept all point at one block of zeros.
 */
export class PairMatches {
  readonly #zh: readonly SentenceEvidence[];
  readonly #en: readonly SentenceEvidence[];
  readonly #ranges: PairRanges;
  /** Pool offset of each pair in the ranges, at rowStart[s] + t - lo[s]. */
  readonly #offsets: Int32Array;
  readonly #rowStart: Int32Array;
  /** Pairs outside the ranges (not expected; kept correct anyway). */
  readonly #outside = new Map<number, number>();
  #pool: Uint32Array;
  #used: number;

  constructor(zh: readonly SentenceEvidence[], en: readonly SentenceEvidence[], ranges: PairRanges, conceptCount: number) {
    this.#zh = zh;
    this.#en = en;
    this.#ranges = ranges;
    this.#rowStart = new Int32Array(zh.length + 1);
    for (let s = 0; s < zh.length; s++) {
      this.#rowStart[s + 1] = (this.#rowStart[s] as number) + Math.max(0, (ranges.hi[s] as number) - (ranges.lo[s] as number) + 1);
    }
    this.#offsets = new Int32Array(this.#rowStart[zh.length] as number);
    // Offset 0 … zeros - 1: the shared all-zero masks.
    let zeros = 0;
    for (const sentence of zh) zeros = Math.max(zeros, (sentence.itemCount + 31) >>> 5);
    let enZeros = 0;
    for (const sentence of en) enZeros = Math.max(enZeros, (sentence.itemCount + 31) >>> 5);
    // About two mask words per pair in the ranges to start with (it grows on demand): a pair
    // scorer's one-pair document must not allocate what a 40,000-sentence alignment needs.
    this.#pool = new Uint32Array(Math.max(2 * (zeros + enZeros), Math.min(1 << 16, 2 * (this.#rowStart[zh.length] as number) + 64)));
    this.#used = zeros + enZeros;
    this.#computeRanges(conceptCount);
  }

  /** Words (32 bits each) in a mask over the items of Chinese sentence `s`. */
  zhWords(s: number): number {
    return ((this.#zh[s]?.itemCount ?? 0) + 31) >>> 5;
  }

  /** Words (32 bits each) in a mask over the items of English sentence `t`. */
  enWords(t: number): number {
    return ((this.#en[t]?.itemCount ?? 0) + 31) >>> 5;
  }

  /**
   * Offset into {@link pool} of the masks of pair (s, t): first the mask over
   * the Chinese items (zhWords(s) words), then the one over the English items.
   */
  offset(s: number, t: number): number {
    const lo = this.#ranges.lo[s] as number;
    if (t >= lo && t <= (this.#ranges.hi[s] as number)) return this.#offsets[(this.#rowStart[s] as number) + t - lo] as number;
    const key = s * this.#en.length + t;
    let offset = this.#outside.get(key);
    if (offset === undefined) {
      offset = this.#computeOne(s, t);
      this.#outside.set(key, offset);
    }
    return offset;
  }

  /** The mask storage; read it after {@link offset} (it may be reallocated by later calls). */
  get pool(): Uint32Array {
    return this.#pool;
  }

  #allocate(size: number): number {
    if (this.#used + size > this.#pool.length) {
      const grown = new Uint32Array(Math.max(this.#pool.length * 2, this.#used + size));
      grown.set(this.#pool);
      this.#pool = grown;
    }
    const offset = this.#used;
    this.#used += size;
    return offset;
  }

  #computeRanges(conceptCount: number): void {
    // Stamping allocates two arrays as long as the lexicon's concept list (tens of thousands);
    // for a few pairs (the pair scorer's one), merging the sorted concept lists costs far less.
    if ((this.#rowStart[this.#zh.length] as number) * FEW_PAIRS_FACTOR < conceptCount) {
      for (let s = 0; s < this.#zh.length; s++) {
        const lo = this.#ranges.lo[s] as number;
        for (let t = lo; t <= (this.#ranges.hi[s] as number); t++) this.#offsets[(this.#rowStart[s] as number) + t - lo] = this.#computeOne(s, t);
      }
      return;
    }
    // stamp[c] = s + 1 when concept c belongs to Chinese sentence s; position[c] = its index in s's concepts.
    const stamp = new Int32Array(conceptCount);
    const position = new Int32Array(conceptCount);
    for (let s = 0; s < this.#zh.length; s++) {
      const lo = this.#ranges.lo[s] as number;
      const hi = this.#ranges.hi[s] as number;
      if (hi < lo) continue;
      const zh = this.#zh[s] as SentenceEvidence;
      for (let x = 0; x < zh.concepts.length; x++) {
        const concept = zh.concepts[x] as number;
        stamp[concept] = s + 1;
        position[concept] = x;
      }
      const zhWords = this.zhWords(s);
      for (let t = lo; t <= hi; t++) {
        const en = this.#en[t] as SentenceEvidence;
        let offset = 0;
        for (let y = 0; y < en.concepts.length; y++) {
          const concept = en.concepts[y] as number;
          if (stamp[concept] !== s + 1) continue;
          if (offset === 0) offset = this.#allocate(zhWords + this.enWords(t));
          this.#mark(offset, zhWords, zh, position[concept] as number, en, y);
        }
        this.#offsets[(this.#rowStart[s] as number) + t - lo] = offset;
      }
    }
  }

  #computeOne(s: number, t: number): number {
    const zh = this.#zh[s];
    const en = this.#en[t];
    if (zh === undefined || en === undefined) return 0;
    const zhWords = this.zhWords(s);
    let offset = 0;
    const a = zh.concepts;
    const b = en.concepts;
    for (let x = 0, y = 0; x < a.length && y < b.length; ) {
      const ca = a[x] as number;
      const cb = b[y] as number;
      if (ca < cb) x++;
      else if (cb < ca) y++;
      else {
        if (offset === 0) offset = this.#allocate(zhWords + this.enWords(t));
        this.#mark(offset, zhWords, zh, x, en, y);
        x++;
        y++;
      }
    }
    return offset;
  }

  /** Set the bits of the items holding the shared concept (zh.concepts[x] = en.concepts[y]). */
  #mark(offset: number, zhWords: number, zh: SentenceEvidence, x: number, en: SentenceEvidence, y: number): void {
    const pool = this.#pool;
    for (let k = zh.conceptItemStart[x] as number; k < (zh.conceptItemStart[x + 1] as number); k++) {
      const item = zh.conceptItems[k] as number;
      setMaskBit(pool, offset, item);
    }
    for (let k = en.conceptItemStart[y] as number; k < (en.conceptItemStart[y + 1] as number); k++) {
      const item = en.conceptItems[k] as number;
      setMaskBit(pool, offset + zhWords, item);
    }
  }
}

/**
 * Set bit `item` of the mask that starts at `offset` in `pool`. The mask was
 * allocated with a word for every item of its sentence, so the word is always
 * in the pool and the `?? 0` never applies.
 */
function setMaskBit(pool: Uint32Array, offset: number, item: number): void {
  const word = offset + (item >>> 5);
  pool[word] = (pool[word] ?? 0) | (1 << (item & 31));
}
