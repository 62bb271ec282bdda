/**
 * A sentence described for alignment, before it is placed in a text pair:
 * its lengths and its evidence entries with concept *keys*. Turning keys into
 * the ids of one text pair (resolve-evidence.ts) is cheap, so a caller that
 * aligns or scores the same sentence in many pairs (the corpus: block
 * pairing, alignment, recovery) describes it once.
 *
 * The entries keep the order in which describing used to hand out concept
 * ids, so resolving them in a text pair gives exactly the evidence that
 * describing the pair's texts directly gave.
 */
import type { ItemKind, SentenceLengths } from './sentence-evidence';

/** One candidate evidence item: it becomes an item in a text pair when it has a concept there. */
export interface EvidenceEntry {
  readonly kind: ItemKind;
  /** Concept ids fixed by the lexicon (a Chinese word's CC-CEDICT translations). */
  readonly lexiconIds: readonly number[];
  /** Concept keys given ids in the text pair, in this order (stems, number values, marks). */
  readonly keys: readonly string[];
  /**
   * Pinyin name keys (`py:wangwen`). An English entry holds them; a Chinese
   * entry keeps those the pair's English side holds (others can never match).
   */
  readonly nameKeys: readonly string[];
  /** A Chinese dictionary word (for the learned lexicon of the second pass); undefined for other entries. */
  readonly word: string | undefined;
}

/** A described sentence. */
export interface SentenceDescription {
  readonly lengths: SentenceLengths;
  readonly entries: readonly EvidenceEntry[];
}

/** The sentences of both languages, described (Chinese and English whatever the direction). */
export interface DescribedTexts {
  readonly zh: readonly SentenceDescription[];
  readonly en: readonly SentenceDescription[];
}
