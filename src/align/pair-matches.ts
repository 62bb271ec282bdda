/**
 * Which evidence items of a Chinese sentence and of an English sentence match
 * each other, as bit masks over each sentence's items. Computed once per
 * sentence pair the DP looks at, then OR-ed for many-to-many beads.
 */
import type { SentenceEvidence } from './sentence-evidence';

/** Lazily computed match masks for (Chinese sentence, English sentence) pairs. */
export class PairMatches {
  readonly #zh: readonly SentenceEvidence[];
  readonly #en: readonly SentenceEvidence[];
  readonly #offsets = new Map<number, number>();
  #pool = new Uint32Array(1 << 16);
  #used = 0;

  constructor(zh: readonly SentenceEvidence[], en: readonly SentenceEvidence[]) {
    this.#zh = zh;
    this.#en = en;
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
    const key = s * this.#en.length + t;
    const known = this.#offsets.get(key);
    if (known !== undefined) return known;
    const offset = this.#compute(s, t);
    this.#offsets.set(key, offset);
    return offset;
  }

  /** The mask storage; read it after {@link offset} (it may be reallocated by later calls). */
  get pool(): Uint32Array {
    return this.#pool;
  }

  #compute(s: number, t: number): number {
    const zh = this.#zh[s];
    const en = this.#en[t];
    const zhWords = this.zhWords(s);
    const size = zhWords + this.enWords(t);
    if (this.#used + size > this.#pool.length) {
      const grown = new Uint32Array(Math.max(this.#pool.length * 2, this.#used + size));
      grown.set(this.#pool);
      this.#pool = grown;
    }
    const offset = this.#used;
    this.#used += size;
    if (zh === undefined || en === undefined) return offset;
    const pool = this.#pool;
    const a = zh.concepts;
    const b = en.concepts;
    let x = 0;
    let y = 0;
    while (x < a.length && y < b.length) {
      const ca = a[x] as number;
      const cb = b[y] as number;
      if (ca < cb) x++;
      else if (cb < ca) y++;
      else {
        for (let k = zh.conceptItemStart[x] as number; k < (zh.conceptItemStart[x + 1] as number); k++) {
          const item = zh.conceptItems[k] as number;
          pool[offset + (item >>> 5)]! |= 1 << (item & 31);
        }
        for (let k = en.conceptItemStart[y] as number; k < (en.conceptItemStart[y + 1] as number); k++) {
          const item = en.conceptItems[k] as number;
          pool[offset + zhWords + (item >>> 5)]! |= 1 << (item & 31);
        }
        x++;
        y++;
      }
    }
    return offset;
  }
}
