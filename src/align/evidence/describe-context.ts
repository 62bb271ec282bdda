/**
 * What describing a sentence of either language needs and shares: the
 * alignment's concept ids, the per-alignment word caches, and the evidence
 * limit. Kept apart from both describers so that they and the mark items
 * depend on it, not on each other.
 */
import type { AlignLexicon } from '../align-lexicon';
import type { ConceptIndex } from '../concepts/concept-index';
import type { ItemKind } from './sentence-evidence';

/**
 * Only the first this many UTF-16 units of a sentence give evidence (its length
 * counts whole): real sentences are far shorter, and a megabyte "sentence"
 * must not cost minutes.
 */
export const MAX_EVIDENCE_UNITS = 4096;

/** What an English token contributes: its concept ids and item kind. */
export interface EnglishWordInfo {
  readonly ids: readonly number[];
  readonly kind: ItemKind;
}

/** What a Chinese word contributes wherever it occurs: its concept ids, its item kind, and whether a name may start with it. */
export interface ChineseWordInfo {
  readonly ids: readonly number[];
  readonly kind: ItemKind;
  readonly mayStartName: boolean;
}

/** What describing a sentence needs: the prepared lexicon (optional) and the alignment's concept ids. */
export interface DescribeContext {
  readonly lexicon: AlignLexicon | undefined;
  readonly concepts: ConceptIndex;
  /** Whether to add pinyin name keys. */
  readonly names: boolean;
  /** Whether to record each word (`zh:` concept, see SentenceEvidence.words) for the learned lexicon of the second pass. */
  readonly learnable: boolean;
  /** Per-alignment cache of what each Chinese word contributes. */
  readonly chineseWords: Map<string, ChineseWordInfo>;
  /**
   * Name keys (`py:wangwen`) the English side holds, with their concept ids.
   * Describe the English side first: Chinese pinyin keys that no English
   * sentence holds can never match, so they are not added.
   */
  readonly nameKeys: Map<string, number>;
  /** Per-alignment cache of what each English token contributes (undefined: a stop word). */
  readonly englishWords: Map<string, EnglishWordInfo | undefined>;
}
