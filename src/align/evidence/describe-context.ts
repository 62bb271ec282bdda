/**
 * What describing a sentence of either language needs and shares: the
 * lexicon, whether to look for names, the word caches, and the evidence
 * limit. Kept apart from both describers so that they and the mark items
 * depend on it, not on each other.
 *
 * Describing knows nothing of the text pair a sentence will be aligned in:
 * it gives concept keys, not ids (see sentence-description.ts), so one
 * description serves every pair the sentence takes part in, and the caches
 * can be shared by all the sentences described together.
 */
import type { AlignLexicon } from '../align-lexicon';
import type { ItemKind } from './sentence-evidence';

/**
 * Only the first this many UTF-16 units of a sentence give evidence (its length
 * counts whole): real sentences are far shorter, and a megabyte "sentence"
 * must not cost minutes.
 */
export const MAX_EVIDENCE_UNITS = 4096;

/** What an English token contributes: its concept keys and item kind. */
export interface EnglishWordInfo {
  readonly keys: readonly string[];
  readonly kind: ItemKind;
}

/** What a Chinese word contributes wherever it occurs: its concepts, its item kind, and whether a name may start with it. */
export interface ChineseWordInfo {
  /** Concept ids of its CC-CEDICT translations. */
  readonly lexiconIds: readonly number[];
  /** Other concept keys (a numeral's value). */
  readonly keys: readonly string[];
  readonly kind: ItemKind;
  readonly mayStartName: boolean;
}

/** What describing a sentence needs: the prepared lexicon (optional), the names switch and the word caches. */
export interface DescribeContext {
  readonly lexicon: AlignLexicon | undefined;
  /** Whether to add pinyin name keys. */
  readonly names: boolean;
  /** Cache of what each Chinese word contributes. */
  readonly chineseWords: Map<string, ChineseWordInfo>;
  /** Cache of what each English token contributes (undefined: a stop word). */
  readonly englishWords: Map<string, EnglishWordInfo | undefined>;
}

/**
 * A context with empty caches.
 * @example describeContext(undefined, true).names //=> true
 */
export function describeContext(lexicon: AlignLexicon | undefined, names: boolean): DescribeContext {
  return { lexicon, names, chineseWords: new Map(), englishWords: new Map() };
}
