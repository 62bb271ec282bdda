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

/** Sentence lengths in several units (the length model uses one; see cost/length-cost.ts). */
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
  /**
   * Chinese sentences described for a learned lexicon only: the `zh:` word
   * concept of each word in order, and the item the word became (-1: none,
   * the word had no concepts).
   */
  readonly words?: { readonly concepts: Int32Array; readonly items: Int32Array };
}

/** Items per sentence stay below this (they are at most the characters of MAX_EVIDENCE_UNITS). */
const ITEM_LIMIT = 8192;

/** Collects items, then packs them into a {@link SentenceEvidence}. */
export class EvidenceBuilder {
  readonly #kinds: ItemKind[] = [];
  // (concept, item) pairs packed in one number: concept * ITEM_LIMIT + item, so a numeric sort orders them.
  readonly #pairs: number[] = [];

  readonly #wordConcepts: number[] = [];
  readonly #wordItems: number[] = [];

  /**
   * Add an item with its concept ids (duplicates are fine); items without
   * concepts are ignored. Returns the item's index, or -1 when ignored.
   */
  addItem(kind: ItemKind, concepts: Iterable<number>): number {
    const item = this.#kinds.length;
    if (item >= ITEM_LIMIT) return -1;
    let any = false;
    for (const concept of concepts) {
      this.#pairs.push(concept * ITEM_LIMIT + item);
      any = true;
    }
    if (!any) return -1;
    this.#kinds.push(kind);
    return item;
  }

  /** Record a Chinese word (its `zh:` concept) and the item it became (-1: none), for a learned lexicon. */
  addWord(concept: number, item: number): void {
    this.#wordConcepts.push(concept);
    this.#wordItems.push(item);
  }

  /** Pack the items collected so far. */
  build(lengths: SentenceLengths): SentenceEvidence {
    const evidence = packEvidence(lengths, Uint8Array.from(this.#kinds), Float64Array.from(this.#pairs));
    if (this.#wordConcepts.length === 0) return evidence;
    return { ...evidence, words: { concepts: Int32Array.from(this.#wordConcepts), items: Int32Array.from(this.#wordItems) } };
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
 * A copy of a Chinese sentence's evidence where each word with learned
 * translations holds them too: added to the word's item, or as a new item of
 * kind `word` when the word had none (an unknown name, say).
 */
export function withLearnedWords(evidence: SentenceEvidence, learned: ReadonlyMap<number, readonly number[]>): SentenceEvidence {
  const words = evidence.words;
  if (!words) return evidence;
  const pairs: number[] = [];
  for (let c = 0; c < evidence.concepts.length; c++) {
    for (let x = evidence.conceptItemStart[c] as number; x < (evidence.conceptItemStart[c + 1] as number); x++) {
      pairs.push((evidence.concepts[c] as number) * ITEM_LIMIT + (evidence.conceptItems[x] as number));
    }
  }
  const kinds = Array.from(evidence.itemKind);
  let changed = false;
  for (const [k, word] of words.concepts.entries()) {
    const translations = learned.get(word);
    if (!translations) continue;
    let item = words.items[k] as number;
    if (item < 0) {
      if (kinds.length >= ITEM_LIMIT) continue;
      item = kinds.length;
      kinds.push(ITEM_KIND.word);
    }
    for (const concept of translations) pairs.push(concept * ITEM_LIMIT + item);
    changed = true;
  }
  if (!changed) return evidence;
  return { ...packEvidence(evidence.lengths, Uint8Array.from(kinds), Float64Array.from(pairs)), words };
}

/**
 * The concept ids of each item of a sentence (the inverse of the CSR layout).
 */
export function itemConcepts(evidence: SentenceEvidence): number[][] {
  const byItem = Array.from({ length: evidence.itemCount }, () => [] as number[]);
  for (let c = 0; c < evidence.concepts.length; c++) {
    for (let x = evidence.conceptItemStart[c] as number; x < (evidence.conceptItemStart[c + 1] as number); x++) {
      byItem[evidence.conceptItems[x] as number]?.push(evidence.concepts[c] as number);
    }
  }
  return byItem;
}
