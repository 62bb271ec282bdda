/** Write the review file's lines: its header and one line per save, keys in a fixed order. */
import { REVIEW_FILE_FORMAT, type ReviewSave } from './review-decision';

/**
 * The first line of a new review file, with its newline.
 * @example reviewFileHeader('news') //=> '{"corpus":"news","format":"bitext-tm review","version":1}\n'
 */
export function reviewFileHeader(corpus: string): string {
  return `${JSON.stringify({ corpus, format: REVIEW_FILE_FORMAT, version: 1 })}\n`;
}

/**
 * One save as a line of the review file, with its newline (JSON has no raw
 * newline inside strings, so a line is always one save).
 * @example
 * serializeReviewSave({ revision: 1, who: 'ana', at: '2026-12-01T10:15:00.000Z', decisions: [{ op: 'reject-term', term: { type: 'org', en: 'FAO', zh: '外辦' } }] })
 * //=> '{"at":"2026-12-01T10:15:00.000Z","decisions":[{"op":"reject-term","term":{"en":"FAO","type":"org","zh":"外辦"}}],"revision":1,"who":"ana"}\n'
 */
export function serializeReviewSave(save: ReviewSave): string {
  return `${JSON.stringify(save, sortedKeys)}\n`;
}

/** A JSON.stringify replacer that writes object keys in sorted order. */
function sortedKeys(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const fields = value as Record<string, unknown>;
  return Object.fromEntries(Object.keys(fields).sort().map((key) => [key, fields[key]]));
}
