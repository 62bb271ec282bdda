import { describe, expect, it } from 'vitest';
import { ReviewError } from '../errors';
import { parseReviewLog } from './parse-review-log';
import type { ReviewSave } from './review-decision';
import { reviewFileHeader, serializeReviewSave } from './serialize-review-save';

const save = (revision: number): ReviewSave => ({ revision, who: 'ana', at: '2026-12-01T10:15:00.000Z', decisions: [{ op: 'confirm', unit: { en: ['a0-en-0'], zh: ['a0-zh-1'], text: { en: 'The forum opened.', zh: '論壇開幕。' } } }] });
const file = (...revisions: number[]): string => reviewFileHeader('news') + revisions.map((r) => serializeReviewSave(save(r))).join('');

function caught(run: () => unknown): ReviewError {
  try {
    run();
  } catch (error) {
    if (error instanceof ReviewError) return error;
    throw error;
  }
  throw new Error('expected a ReviewError');
}

describe('parseReviewLog', () => {
  it('reads back what serializeReviewSave wrote', () => {
    const log = parseReviewLog(file(1, 2, 3));
    expect(log.header.corpus).toBe('news');
    expect(log.saves).toEqual([save(1), save(2), save(3)]);
    expect(log.issues).toEqual([]);
  });

  it('reports a last line cut off by a crash, with its place, and keeps the saves before it', () => {
    const whole = file(1, 2);
    const cut = whole + serializeReviewSave(save(3)).slice(0, 40);
    const log = parseReviewLog(cut, 'news.review.jsonl');
    expect(log.saves.map((s) => s.revision)).toEqual([1, 2]);
    expect(log.torn).toEqual({ line: 4, offset: whole.length, text: serializeReviewSave(save(3)).slice(0, 40) });
    expect(log.issues).toMatchObject([{ code: 'REVIEW_TORN_LINE', severity: 'warning', file: 'news.review.jsonl', place: { line: 4, column: 1, offset: whole.length } }]);
  });

  it('takes a last line of garbage ending in a newline (zeros after a power cut) as torn too', () => {
    const log = parseReviewLog(`${file(1)}\u0000\u0000\u0000\n`);
    expect(log.saves).toHaveLength(1);
    expect(log.torn?.line).toBe(3);
  });

  it('refuses a bad line in the middle, a missing header, a gap in revisions and a bad decision, each with its line', () => {
    const middle = caught(() => parseReviewLog(`${file(1)}not json\n${serializeReviewSave(save(2))}`, 'r.jsonl'));
    expect([middle.code, middle.file, middle.place?.line]).toEqual(['REVIEW_BAD_LOG', 'r.jsonl', 3]);
    expect(caught(() => parseReviewLog(serializeReviewSave(save(1)))).place?.line).toBe(1);
    expect(caught(() => parseReviewLog(file(1, 3))).place?.line).toBe(3);
    const badOp = `${reviewFileHeader('news')}${JSON.stringify({ ...save(1), decisions: [{ op: 'approve' }] })}\n${serializeReviewSave(save(2))}`;
    const error = caught(() => parseReviewLog(badOp));
    expect([error.place?.line, error.message]).toEqual([2, expect.stringContaining('Expected "op" to be one of confirm')]);
    expect(caught(() => parseReviewLog('')).code).toBe('REVIEW_BAD_LOG');
  });

  it('writes keys in a fixed order, one line per save', () => {
    const line = serializeReviewSave(save(1));
    expect(line.endsWith('\n')).toBe(true);
    expect(line.indexOf('\n')).toBe(line.length - 1);
    expect(line.startsWith('{"at":')).toBe(true);
  });
});
