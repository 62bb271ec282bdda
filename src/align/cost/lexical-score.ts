/**
 * Lexical evidence of a bead, as a log-likelihood ratio: how much more likely
 * the pattern of matched and unmatched items is if the two sides translate
 * each other than if they were unrelated sentences (a naive-Bayes sum over the
 * items of both sides, as in Moore 2002's word-based model, with CC-CEDICT and
 * a learned lexicon in place of a trained IBM Model 1).
 *
 * For an item whose chance match rate is p (chance-match.ts) and whose
 * genuine match rate is q (the chance that a true translation shows one of its
 * concepts, by item kind):
 *   matched:   log((p + (1 − p) q) / p)     — large for rare items
 *   unmatched: log(1 − q)                   — the same for every item of a kind
 * With n sentences on the other side, p becomes 1 − (1 − p)^n.
 */
import { PairMatches, type PairRanges } from './pair-matches';
import type { SentenceEvidence } from '../evidence/sentence-evidence';

/** Sides of a bead are at most this many sentences (the largest bead type is 1-4). */
export const MAX_BEAD_SIDE = 4;

/** Genuine match rates by item kind (index = ITEM_KIND value), per language. */
export interface GenuineMatchRates {
  readonly zh: readonly number[];
  readonly en: readonly number[];
}

interface SideTables {
  /** Σ over items of log(1 − q): the LLR when nothing matches. */
  readonly baseline: Float64Array;
  /** Per sentence: reward of each matched item, by other-side size n (item * MAX_BEAD_SIDE + n − 1). */
  readonly reward: Float32Array[];
}

/** A sentence with at least this many items and none matched counts as unsupported. */
const UNSUPPORTED_MIN_ITEMS = 3;

/** Scores beads by their lexical evidence. */
export class LexicalScore {
  readonly #unsupportedPenalty: number;
  readonly #pairs: PairMatches;
  readonly #zh: SideTables;
  readonly #en: SideTables;
  readonly #offsets = new Int32Array(MAX_BEAD_SIDE * MAX_BEAD_SIDE);
  readonly #zhChance: readonly Float32Array[];
  readonly #enChance: readonly Float32Array[];
  readonly #zhEvidence: readonly SentenceEvidence[];
  readonly #enEvidence: readonly SentenceEvidence[];

  constructor(
    zh: readonly SentenceEvidence[],
    en: readonly SentenceEvidence[],
    zhChance: readonly Float32Array[],
    enChance: readonly Float32Array[],
    rates: GenuineMatchRates,
    ranges: PairRanges,
    conceptCount: number,
    unsupportedPenalty = 0,
  ) {
    this.#unsupportedPenalty = unsupportedPenalty;
    this.#pairs = new PairMatches(zh, en, ranges, conceptCount);
    this.#zhChance = zhChance;
    this.#enChance = enChance;
    this.#zhEvidence = zh;
    this.#enEvidence = en;
    this.#zh = sideTables(zh, zhChance, rates.zh);
    this.#en = sideTables(en, enChance, rates.en);
  }

  /**
   * LLR (nats, higher = more likely a translation) of the bead linking Chinese
   * sentences zhFrom … zhTo − 1 and English sentences enFrom … enTo − 1.
   * Both sides must be non-empty.
   */
  llr(zhFrom: number, zhTo: number, enFrom: number, enTo: number): number {
    const pairs = this.#pairs;
    const zhCount = zhTo - zhFrom;
    const enCount = enTo - enFrom;
    const offsets = this.#offsets;
    let anyMatch = false;
    for (let s = 0; s < zhCount; s++) {
      for (let t = 0; t < enCount; t++) {
        const offset = pairs.offset(zhFrom + s, enFrom + t);
        offsets[s * enCount + t] = offset;
        if (offset !== 0) anyMatch = true;
      }
    }
    let total = 0;
    if (!anyMatch) {
      // Nothing matches: the LLR is the sum of the unmatched terms.
      for (let s = zhFrom; s < zhTo; s++) {
        total += this.#zh.baseline[s] as number;
        if ((this.#zhEvidence[s]?.itemCount ?? 0) >= UNSUPPORTED_MIN_ITEMS) total -= this.#unsupportedPenalty;
      }
      for (let t = enFrom; t < enTo; t++) {
        total += this.#en.baseline[t] as number;
        if ((this.#enEvidence[t]?.itemCount ?? 0) >= UNSUPPORTED_MIN_ITEMS) total -= this.#unsupportedPenalty;
      }
      return total;
    }
    const pool = pairs.pool;
    for (let s = 0; s < zhCount; s++) {
      const sentence = zhFrom + s;
      total += this.#zh.baseline[sentence] ?? 0;
      const reward = this.#zh.reward[sentence] as Float32Array;
      const words = pairs.zhWords(sentence);
      let any = 0;
      for (let w = 0; w < words; w++) {
        let mask = 0;
        for (let t = 0; t < enCount; t++) mask |= pool[(offsets[s * enCount + t] as number) + w] as number;
        any |= mask;
        total += sumBits(mask, w, reward, enCount);
      }
      if (any === 0 && (this.#zhEvidence[sentence]?.itemCount ?? 0) >= UNSUPPORTED_MIN_ITEMS) total -= this.#unsupportedPenalty;
    }
    for (let t = 0; t < enCount; t++) {
      const sentence = enFrom + t;
      total += this.#en.baseline[sentence] ?? 0;
      const reward = this.#en.reward[sentence] as Float32Array;
      const words = pairs.enWords(sentence);
      let any = 0;
      for (let w = 0; w < words; w++) {
        let mask = 0;
        for (let s = 0; s < zhCount; s++) mask |= pool[(offsets[s * enCount + t] as number) + pairs.zhWords(zhFrom + s) + w] as number;
        any |= mask;
        total += sumBits(mask, w, reward, zhCount);
      }
      if (any === 0 && (this.#enEvidence[sentence]?.itemCount ?? 0) >= UNSUPPORTED_MIN_ITEMS) total -= this.#unsupportedPenalty;
    }
    return total;
  }

  /** Visit every item of a bead: its side, kind, whether it is matched, and its chance rate for this bead. */
  forEachItem(
    zhFrom: number,
    zhTo: number,
    enFrom: number,
    enTo: number,
    visit: (side: 'zh' | 'en', kind: number, matched: boolean, chance: number, sentence: number, item: number) => void,
  ): void {
    const pairs = this.#pairs;
    const zhCount = zhTo - zhFrom;
    const enCount = enTo - enFrom;
    for (let s = zhFrom; s < zhTo; s++) {
      const evidence = this.#zhEvidence[s] as SentenceEvidence;
      for (let k = 0; k < evidence.itemCount; k++) {
        let matched = false;
        for (let t = enFrom; t < enTo && !matched; t++) matched = ((pairs.pool[pairs.offset(s, t) + (k >>> 5)] as number) & (1 << (k & 31))) !== 0;
        visit('zh', evidence.itemKind[k] as number, matched, 1 - (1 - ((this.#zhChance[s] as Float32Array)[k] as number)) ** enCount, s, k);
      }
    }
    for (let t = enFrom; t < enTo; t++) {
      const evidence = this.#enEvidence[t] as SentenceEvidence;
      for (let k = 0; k < evidence.itemCount; k++) {
        let matched = false;
        for (let s = zhFrom; s < zhTo && !matched; s++) matched = ((pairs.pool[pairs.offset(s, t) + pairs.zhWords(s) + (k >>> 5)] as number) & (1 << (k & 31))) !== 0;
        visit('en', evidence.itemKind[k] as number, matched, 1 - (1 - ((this.#enChance[t] as Float32Array)[k] as number)) ** zhCount, t, k);
      }
    }
  }
}

function sumBits(mask: number, word: number, reward: Float32Array, otherCount: number): number {
  let sum = 0;
  let m = mask;
  while (m !== 0) {
    const bit = 31 - Math.clz32(m & -m);
    sum += reward[((word << 5) + bit) * MAX_BEAD_SIDE + otherCount - 1] as number;
    m &= m - 1;
  }
  return sum;
}

function sideTables(sentences: readonly SentenceEvidence[], chance: readonly Float32Array[], rates: readonly number[]): SideTables {
  const baseline = new Float64Array(sentences.length);
  const reward = sentences.map((sentence, s) => {
    const table = new Float32Array(sentence.itemCount * MAX_BEAD_SIDE);
    const p1 = chance[s] as Float32Array;
    for (let k = 0; k < sentence.itemCount; k++) {
      const q = rates[sentence.itemKind[k] ?? 0] ?? 0;
      const missing = Math.log(1 - q);
      baseline[s] = (baseline[s] ?? 0) + missing;
      for (let n = 1; n <= MAX_BEAD_SIDE; n++) {
        const p = 1 - (1 - (p1[k] ?? 0)) ** n;
        table[k * MAX_BEAD_SIDE + n - 1] = Math.log((p + (1 - p) * q) / p) - missing;
      }
    }
    return table;
  });
  return { baseline, reward };
}
