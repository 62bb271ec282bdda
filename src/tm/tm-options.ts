/** Options of the translation memory, with their defaults and checks. */
import { TmError } from '../errors';
import type { TermSource } from './term-source';

/** Options of {@link TranslationMemory.lookup}. */
export interface LookupOptions {
  /**
   * Lowest score returned, in [0, 1]. Default 0.75 (the usual CAT-tool fuzzy
   * threshold). Results are exact for every value (the same as a full scan);
   * the lower it is, the more units the filters must let through, and below
   * 0.5 they cannot prune at all, so a lookup scans the units of its length window.
   */
  readonly minScore?: number;
  /** Most matches returned (best first), a positive integer or `Infinity`. Default 5. */
  readonly limit?: number;
  /** Language of the query, `en` or `zh` (or a tag such as `zh-TW`). Default: detected from the text. */
  readonly lang?: string;
}

/**
 * Defaults of {@link LookupOptions} (`lang` is detected when absent).
 * @example DEFAULT_LOOKUP_OPTIONS //=> { minScore: 0.75, limit: 5 }
 */
export const DEFAULT_LOOKUP_OPTIONS: { readonly minScore: number; readonly limit: number } = { minScore: 0.75, limit: 5 };

/** Options of {@link TranslationMemory.concordance}. */
export interface ConcordanceOptions {
  /** Most hits returned, in unit order. Default 50. */
  readonly limit?: number;
  /** Language of the phrase, `en` or `zh` (or a tag). Default: detected from the text. */
  readonly lang?: string;
}

/**
 * Defaults of {@link ConcordanceOptions}.
 * @example DEFAULT_CONCORDANCE_OPTIONS //=> { limit: 50 }
 */
export const DEFAULT_CONCORDANCE_OPTIONS: { readonly limit: number } = { limit: 50 };

/** Options of a {@link TranslationMemory}. */
export interface TranslationMemoryOptions {
  /** Longest query or phrase accepted, in UTF-16 code units. Default 4096: a long paragraph; a 1 MB query fails at once with `TM_QUERY_TOO_LONG`. */
  readonly maxQueryLength?: number;
  /** Terms for {@link TranslationMemory.lookupTerm}. Default: none. */
  readonly termbase?: TermSource;
}

/**
 * Defaults of {@link TranslationMemoryOptions}: longer queries are refused (TM_QUERY_TOO_LONG) before any work.
 * @example DEFAULT_TRANSLATION_MEMORY_OPTIONS //=> { maxQueryLength: 4096 }
 */
export const DEFAULT_TRANSLATION_MEMORY_OPTIONS: { readonly maxQueryLength: number } = { maxQueryLength: 4096 };

/** A positive integer or Infinity, else `TM_INVALID_OPTION`. */
export function checkLimit(limit: number, name = 'limit'): number {
  if (limit === Infinity || (Number.isInteger(limit) && limit >= 1)) return limit;
  throw new TmError('TM_INVALID_OPTION', `Expected ${name} to be a positive integer or Infinity, found ${String(limit)}.`);
}

/** A number in [0, 1], else `TM_INVALID_OPTION`. */
export function checkMinScore(minScore: number): number {
  if (typeof minScore === 'number' && minScore >= 0 && minScore <= 1) return minScore;
  throw new TmError('TM_INVALID_OPTION', `Expected minScore to be a number from 0 to 1, found ${String(minScore)}.`);
}
