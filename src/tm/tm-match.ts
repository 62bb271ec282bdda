/** What lookup and concordance return. */
import type { Lang, Span } from '../types';

/**
 * One step of the edit script that turns the stored source into the query,
 * over runs of tokens (words, numbers, Han characters):
 * - `equal`: the same tokens (after normalisation) on both sides;
 * - `replace`: stored tokens replaced by query tokens;
 * - `insert`: query tokens the stored source lacks (`stored` is empty, at the insertion point);
 * - `delete`: stored tokens the query lacks (`query` is empty, at the deletion point).
 * Spans are UTF-16 offsets into the query as given and the stored source as
 * stored (original script), so a UI can highlight both.
 */
export interface TmEdit {
  readonly kind: 'equal' | 'replace' | 'insert' | 'delete';
  readonly query: Span;
  readonly stored: Span;
}

/** A translation-memory match: a stored unit whose source is similar to the query. */
export interface TmMatch {
  /** The unit's id (TMX `tuid`). */
  readonly tuid: string;
  /** Index of the unit in the memory (input order). */
  readonly unitIndex: number;
  /** Fuzzy score in [0, 1]: 1 − token edit distance / longer token count; 1 means identical after normalisation. */
  readonly score: number;
  /** Language of the query and of `source`. */
  readonly lang: Lang;
  /** The stored text in the query's language, as stored. */
  readonly source: string;
  /** Language of `target`. */
  readonly targetLang: Lang;
  /** The stored translation. */
  readonly target: string;
  /** How the stored source differs from the query, run by run. */
  readonly edits: readonly TmEdit[];
  /**
   * True when the numbers (tokens with a digit: `50`, `2022`, `20th`) of query
   * and source differ, in value or order. A differing number costs one edit in
   * the score like any other token, no more: the flag is there so a CAT tool
   * can offer to patch the number instead of retranslating.
   */
  readonly numbersDiffer: boolean;
  /** The unit's properties (TMX `<prop>`), when it has any. */
  readonly props?: Readonly<Record<string, string>>;
}

/** A unit whose text in the phrase's language contains the phrase. */
export interface ConcordanceHit {
  readonly tuid: string;
  readonly unitIndex: number;
  /** Language of the phrase and of `source`. */
  readonly lang: Lang;
  /** The stored text that contains the phrase, as stored. */
  readonly source: string;
  readonly targetLang: Lang;
  readonly target: string;
  /** Where the phrase occurs in `source` (UTF-16 offsets), each occurrence in order; never empty. */
  readonly spans: readonly Span[];
  readonly props?: Readonly<Record<string, string>>;
}
