/**
 * What the aligner knows about one sentence: its length and its evidence items
 * (words that can be matched across languages), each with concept ids.
 *
 * An item is matched in a bead when one of its concepts occurs among the
 * concepts of the bead's other side. Chinese items are dictionary words (their
 * concepts: the translations from CC-CEDICT, number values, pinyin keys of the
 * characters that start there, for names); English items are content words
 * (stem, number value, and for capitalised words the name keys 王雯 ↔ "Wang Wen"
 * meet on: `py:wangwen`).
 */

/** Kinds of evidence items; the chance that a true translation matches differs by kind. */
export const ITEM_KIND = {
  /** A word with dictionary translations (Chinese) or a content word (English). */
  word: 0,
  /** A number: digits, 二十, "twentieth", a month name. */
  number: 1,
  /** A Chinese word known only by its pinyin keys: a possible name. */
  pinyin: 2,
  /** A punctuation mark that translations keep: a question, an exclamation, a quotation. */
  mark: 3,
} as const;
/** One of {@link ITEM_KIND}. */
export type ItemKind = (typeof ITEM_KIND)[keyof typeof ITEM_KIND];

/** Sentence lengths in several units (the length model uses one; see length-cost.ts). */
export interface SentenceLengths {
  /** Code points, whitespace excluded. */
  readonly chars: number;
  /** UTF-8 bytes, whitespace excluded. */
  readonly bytes: number;
  /** Words: English words, Chinese dictionary words plus Latin/number tokens. */
  readonly words: number;
}

/** Evidence of one sentence, in compact typed arrays (CSR layout). */
export interface SentenceEvidence {
  readonly lengths: SentenceLengths;
  readonly itemCount: number;
  /** Kind of each item ({@link ITEM_KIND}). */
  readonly itemKind: Uint8Array;
  /** Sorted unique concept ids of the whole sentence. */
  readonly concepts: Int32Array;
  /** Items holding `concepts[c]` are `conceptItems[conceptItemStart[c] .. conceptItemStart[c + 1]]`. */
  readonly conceptItemStart: Int32Array;
  readonly conceptItems: Int32Array;
}

/** Items per sentence stay below this (they are at most the characters of MAX_EVIDENCE_UNITS). */
const ITEM_LIMIT = 8192;

/** Collects items, then packs them into a {@link SentenceEvidence}. */
export class EvidenceBuilder {
  readonly #kinds: ItemKind[] = [];
  // (concept, item) pairs packed in one number: concept * ITEM_LIMIT + item, so a numeric sort orders them.
  readonly #pairs: number[] = [];

  /** Add an item with its concept ids (duplicates are fine); items without concepts are ignored. */
  addItem(kind: ItemKind, concepts: Iterable<number>): void {
    const item = this.#kinds.length;
    if (item >= ITEM_LIMIT) return;
    let any = false;
    for (const concept of concepts) {
      this.#pairs.push(concept * ITEM_LIMIT + item);
      any = true;
    }
    if (any) this.#kinds.push(kind);
  }

  /** Pack the items collected so far. */
  build(lengths: SentenceLengths): SentenceEvidence {
    return packEvidence(lengths, Uint8Array.from(this.#kinds), Float64Array.from(this.#pairs));
  }
}

/** Pack (concept, item) pairs (packed numbers, see EvidenceBuilder) into the CSR layout. */
function packEvidence(lengths: SentenceLengths, itemKind: Uint8Array, pairs: Float64Array): SentenceEvidence {
  pairs.sort();
  const concepts: number[] = [];
  const starts: number[] = [];
  const items: number[] = [];
  let lastPair = -1;
  let lastConcept = -1;
  for (const pair of pairs) {
    if (pair === lastPair) continue;
    lastPair = pair;
    const concept = Math.floor(pair / ITEM_LIMIT);
    if (concept !== lastConcept) {
      concepts.push(concept);
      starts.push(items.length);
      lastConcept = concept;
    }
    items.push(pair - concept * ITEM_LIMIT);
  }
  starts.push(items.length);
  return {
    lengths,
    itemCount: itemKind.length,
    itemKind,
    concepts: Int32Array.from(concepts),
    conceptItemStart: Int32Array.from(starts),
    conceptItems: Int32Array.from(items),
  };
}

/**
 * A copy of `evidence` where every item holding concept c also holds the
 * concepts `extra(c)` (used to add a learned lexicon to English sentences).
 */
export function withExtraConcepts(evidence: SentenceEvidence, extra: (concept: number) => readonly number[] | undefined): SentenceEvidence {
  const pairs: number[] = [];
  for (let c = 0; c < evidence.concepts.length; c++) {
    const concept = evidence.concepts[c] as number;
    const added = extra(concept);
    for (let x = evidence.conceptItemStart[c] as number; x < (evidence.conceptItemStart[c + 1] as number); x++) {
      const item = evidence.conceptItems[x] as number;
      pairs.push(concept * ITEM_LIMIT + item);
      if (added) for (const a of added) pairs.push(a * ITEM_LIMIT + item);
    }
  }
  return packEvidence(evidence.lengths, evidence.itemKind, Float64Array.from(pairs));
}
