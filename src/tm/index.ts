/** The tm stage: translation memory with fuzzy lookup, concordance and term lookup. Re-exports only. */
export { TranslationMemory } from './translation-memory';
export { fuzzyScore } from './search/fuzzy-score';
export { tokenizeForMatch, type MatchToken } from './tokens/tokenize-for-match';
export {
  DEFAULT_CONCORDANCE_OPTIONS,
  DEFAULT_LOOKUP_OPTIONS,
  DEFAULT_TRANSLATION_MEMORY_OPTIONS,
  type ConcordanceOptions,
  type LookupOptions,
  type TranslationMemoryOptions,
} from './tm-options';
export type { ConcordanceHit, TmEdit, TmMatch } from './tm-match';
export type { TermSource } from './term-source';
