/**
 * Read a review file: a header line, then one JSON line per save. The file is
 * only ever appended to, one whole line per save, flushed to disk before the
 * page is told the save worked. So a last line without its newline is a save
 * cut off by a crash that nobody was told about: it is reported (never
 * dropped silently) and left out; any other bad line is an error.
 */
import { ReviewError, type Issue } from '../errors';
import { LineIndex } from '../position';
import { checkDecision } from './check-decision';
import { REVIEW_FILE_FORMAT, type ReviewDecision, type ReviewFileHeader, type ReviewSave } from './review-decision';

/** A review file as read. */
export interface ReviewLog {
  readonly header: ReviewFileHeader;
  /** The complete saves, in order (revision 1, 2, …). */
  readonly saves: readonly ReviewSave[];
  /** The incomplete last line, when a crash cut a save off: where it starts and its text. */
  readonly torn?: { readonly line: number; readonly offset: number; readonly text: string };
  /** REVIEW_TORN_LINE when there is a torn line. */
  readonly issues: readonly Issue[];
}

/**
 * Parse the text of a review file.
 * @param text - The file's text (UTF-8 decoded).
 * @param file - Its path, for error places.
 * @throws ReviewError REVIEW_BAD_LOG with the place of the first bad line.
 * @example
 * const log = parseReviewLog([
 *   '{"corpus":"news","format":"bitext-tm review","version":1}',
 *   '{"at":"2026-12-01T10:15:00.000Z","decisions":[{"op":"confirm-term","term":{"type":"person","en":"Wang Wen","zh":"王雯"}}],"revision":1,"who":"ana"}',
 *   '{"at":"2026-12-01T10:16:0',
 * ].join('\n'));
 * [log.saves.length, log.torn?.line, log.issues[0]?.code] //=> [1, 3, 'REVIEW_TORN_LINE']
 */
export function parseReviewLog(text: string, file?: string): ReviewLog {
  const index = new LineIndex(text);
  const fail = (offset: number, message: string): never => {
    throw new ReviewError('REVIEW_BAD_LOG', message, { file, place: index.pointAt(offset) });
  };
  const lines = splitLines(text);
  const first = lines[0];
  if (first === undefined || !first.complete) return fail(0, `Expected a review file starting with a "${REVIEW_FILE_FORMAT}" header line, found ${first === undefined ? 'an empty file' : 'an incomplete first line'}.`);
  const header = parseHeader(first.text, (message) => fail(0, message));
  const saves: ReviewSave[] = [];
  let torn: ReviewLog['torn'];
  for (const [n, line] of lines.entries()) {
    if (n === 0) continue;
    const isLast = n === lines.length - 1;
    const value = parseJson(line.text);
    if (!line.complete || (isLast && value === undefined)) {
      torn = { line: n + 1, offset: line.offset, text: line.text };
      break;
    }
    if (value === undefined) fail(line.offset, `Expected a JSON save on line ${n + 1}, found text that is not JSON.`);
    saves.push(checkSave(value, saves.length + 1, (message) => fail(line.offset, message)));
  }
  const issues: Issue[] = [];
  if (torn !== undefined) {
    issues.push({
      severity: 'warning',
      code: 'REVIEW_TORN_LINE',
      message: `Expected a complete save on the last line, found ${torn.text.length} characters cut off (a save interrupted by a crash, never confirmed to the page); it was left out.`,
      ...(file === undefined ? {} : { file }),
      place: index.pointAt(torn.offset),
    });
  }
  return torn === undefined ? { header, saves, issues } : { header, saves, torn, issues };
}

interface Line {
  readonly text: string;
  readonly offset: number;
  /** Ends with a newline. */
  readonly complete: boolean;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    if (end === -1) {
      lines.push({ text: text.slice(start), offset: start, complete: false });
      break;
    }
    lines.push({ text: text.slice(start, end).replace(/\r$/u, ''), offset: start, complete: true });
    start = end + 1;
  }
  return lines;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function parseHeader(text: string, fail: (message: string) => never): ReviewFileHeader {
  const value = parseJson(text) as Partial<Record<string, unknown>> | undefined;
  if (value?.['format'] !== REVIEW_FILE_FORMAT || value['version'] !== 1 || typeof value['corpus'] !== 'string') {
    return fail(`Expected the header {"corpus": NAME, "format": "${REVIEW_FILE_FORMAT}", "version": 1} on line 1, found ${text.slice(0, 80)}.`);
  }
  return { format: REVIEW_FILE_FORMAT, version: 1, corpus: value['corpus'] };
}

function checkSave(value: unknown, revision: number, fail: (message: string) => never): ReviewSave {
  const save = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<string, unknown>>;
  if (save['revision'] !== revision) fail(`Expected save revision ${revision}, found ${JSON.stringify(save['revision'])}.`);
  if (typeof save['who'] !== 'string' || typeof save['at'] !== 'string' || Number.isNaN(Date.parse(save['at']))) {
    fail(`Expected "who" and an ISO 8601 "at" in save ${revision}, found ${JSON.stringify(save['who'])} and ${JSON.stringify(save['at'])}.`);
  }
  const decisions = save['decisions'];
  if (!Array.isArray(decisions)) return fail(`Expected a "decisions" list in save ${revision}.`);
  for (const [i, decision] of decisions.entries()) {
    const problem = checkDecision(decision);
    if (problem !== undefined) fail(`Decision ${i + 1} of save ${revision}: ${problem}`);
  }
  return { revision, who: save['who'], at: save['at'], decisions: decisions as ReviewDecision[] };
}
