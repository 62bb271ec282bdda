/** Apply a review file's saves to a corpus: the library form of what `bitext-tm review` and `build` do. */
import type { Issue } from '../errors';
import type { Corpus, Term } from '../types';
import type { ReviewSave } from './review-decision';
import type { ReviewBase } from './review-base';
import { ReviewSession } from './review-session';
import { appendAll } from '../append-all';

/** A reviewed corpus and termbase, and what did not apply. */
export interface ReviewResult {
  /** The corpus with the decisions applied: confirmed and corrected units carry `review`. */
  readonly corpus: Corpus;
  /** The termbase and review list with the decisions applied (when `base.terms` was given). */
  readonly terms: { readonly terms: readonly Term[]; readonly review: readonly Term[] } | undefined;
  /** The revision of the last save applied (0 with none). */
  readonly revision: number;
  /** Decisions applied. */
  readonly applied: number;
  /** Decisions not applied (REVIEW_STALE_DECISION: their unit, sentence or pair changed since), and notes. */
  readonly issues: readonly Issue[];
}

/**
 * Apply a review to a corpus, save by save. A decision whose unit (by its
 * sentences) no longer exists, or whose text changed since, is reported and
 * skipped; the rest apply. With the same corpus and no decisions, the result
 * is the corpus itself.
 *
 * @param base - The corpus as built, its document, and optionally its termbase.
 * @param saves - The saves of a review file (`parseReviewLog(text).saves`).
 * @throws ReviewError REVIEW_CORPUS_MISMATCH when the corpus and document do not belong together.
 * @example
 * // examples/review.ts: the seed's corpus and document, one save that confirms unit a0-u0 and rejects a0-u1
 * const reviewed = applyReview({ corpus, document }, saves);
 * [reviewed.corpus.units.length, reviewed.corpus.units[0]?.review?.state, reviewed.corpus.unaligned.length] //=> [64, 'confirmed', 2]
 * reviewed.corpus.unaligned.map((u) => u.reason) //=> ['rejected in review (ana, 2026-12-01)', 'rejected in review (ana, 2026-12-01)']
 */
export function applyReview(base: ReviewBase, saves: readonly ReviewSave[]): ReviewResult {
  const session = new ReviewSession(base);
  const issues: Issue[] = [];
  let applied = 0;
  for (const save of saves) {
    const outcome = session.applyLenient(save);
    applied += outcome.applied;
    appendAll(issues, outcome.issues);
  }
  return { corpus: session.corpus(), terms: session.terms(), revision: session.revision, applied, issues };
}
