/** The review stage: a reviewer's decisions on units and term pairs, applied to a corpus. Re-exports only. */
export { applyReview, type ReviewResult } from './apply-review';
export type { ReviewBase } from './review-base';
export {
  REVIEW_FILE_FORMAT,
  type ReviewDecision,
  type ReviewFileHeader,
  type ReviewOp,
  type ReviewSave,
  type RowRef,
  type SentenceRef,
  type TermRef,
  type UnitRef,
} from './review-decision';
export { parseReviewLog, type ReviewLog } from './parse-review-log';
export { reviewFileHeader, serializeReviewSave } from './serialize-review-save';
