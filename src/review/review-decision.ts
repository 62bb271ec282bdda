/**
 * The review file's data: a reviewer's decisions and the saves that carry
 * them. Decisions name the units, sentences and term pairs they apply to by
 * content (sentence ids and text), not by position, so a decision still finds
 * its unit after other decisions, and a rebuild can tell whether the unit's
 * text changed since.
 */
import type { Lang, TermType } from '../types';

/** A unit as the reviewer saw it: its sentences on each side and its text. */
export interface UnitRef {
  readonly en: readonly string[];
  readonly zh: readonly string[];
  /** The unit's text when the decision was made (edited text included). */
  readonly text: { readonly en: string; readonly zh: string };
}

/** A sentence left unaligned, as the reviewer saw it. */
export interface SentenceRef {
  readonly sentence: string;
  readonly text: string;
}

/** A row of the review: a unit, or an unaligned sentence. */
export type RowRef = UnitRef | SentenceRef;

/** A term pair as the reviewer saw it. */
export interface TermRef {
  readonly type: TermType;
  readonly en: string;
  readonly zh: string;
}

/** One decision of a reviewer. */
export type ReviewDecision =
  /** The unit is right as it is. */
  | { readonly op: 'confirm'; readonly unit: UnitRef }
  /** The unit is wrong: its sentences go back to the unaligned ones. */
  | { readonly op: 'reject'; readonly unit: UnitRef }
  /**
   * Cut the unit in two: the first `at.en` English and `at.zh` Chinese
   * sentences, and the rest. A part with one side empty leaves its sentences unaligned.
   */
  | { readonly op: 'split'; readonly unit: UnitRef; readonly at: { readonly en: number; readonly zh: number } }
  /** Join two rows of one article (units or unaligned sentences) into one unit. */
  | { readonly op: 'merge'; readonly unit: RowRef; readonly next: RowRef }
  /** Move a sentence at the edge of one unit into another unit of the article. */
  | { readonly op: 'move'; readonly sentence: string; readonly from: UnitRef; readonly to: UnitRef }
  /** Replace the text of one side of the unit. */
  | { readonly op: 'edit'; readonly unit: UnitRef; readonly lang: Lang; readonly text: string }
  /** The term pair is right (it goes to the termbase). */
  | { readonly op: 'confirm-term'; readonly term: TermRef }
  /** The term pair is wrong (it leaves the termbase and the review list). */
  | { readonly op: 'reject-term'; readonly term: TermRef }
  /** Correct the term pair (and confirm it). */
  | { readonly op: 'edit-term'; readonly term: TermRef; readonly to: TermRef };

/** The kinds of decision, as written in the review file's `op` field. */
export type ReviewOp = ReviewDecision['op'];

/** One save of the review page: a line of the review file. */
export interface ReviewSave {
  /** 1 for the first save of a review file, then one more per save. */
  readonly revision: number;
  /** Who saved (a user name). */
  readonly who: string;
  /** When, ISO 8601 in UTC. */
  readonly at: string;
  readonly decisions: readonly ReviewDecision[];
}

/**
 * The first line of a review file.
 * @example REVIEW_FILE_FORMAT //=> 'bitext-tm review'
 */
export const REVIEW_FILE_FORMAT = 'bitext-tm review';

/** The review file's first line: what it is and which corpus it reviews. */
export interface ReviewFileHeader {
  readonly format: typeof REVIEW_FILE_FORMAT;
  readonly version: 1;
  /** The corpus name (outputs are `<corpus>.tmx`, …). */
  readonly corpus: string;
}
