/**
 * Concept ids for one alignment: the lexicon's ids first, then ids for keys
 * the lexicon does not know (English words missing from CC-CEDICT, pinyin name
 * keys). Kept per alignment so the shared lexicon stays immutable.
 */
import type { AlignLexicon } from '../align-lexicon';

/** Assigns stable integer ids to concept keys during one alignment. */
export class ConceptIndex {
  readonly #lexiconIds: ReadonlyMap<string, number>;
  readonly #localIds = new Map<string, number>();

  constructor(lexicon: AlignLexicon | undefined) {
    this.#lexiconIds = lexicon?.conceptIds ?? new Map();
  }

  /** The id of `key`, assigned on first use. */
  id(key: string): number {
    const known = this.#lexiconIds.get(key) ?? this.#localIds.get(key);
    if (known !== undefined) return known;
    const id = this.#lexiconIds.size + this.#localIds.size;
    this.#localIds.set(key, id);
    return id;
  }

  /** The id of `key` if it was handed out, else undefined (assigns nothing). */
  find(key: string): number | undefined {
    return this.#lexiconIds.get(key) ?? this.#localIds.get(key);
  }

  /** One more than the largest id handed out so far. */
  get size(): number {
    return this.#lexiconIds.size + this.#localIds.size;
  }
}
