/** `--batch FILE.jsonl`: read and check every query line before any lookup runs. */
import { readFile } from 'node:fs/promises';
import { TmError, UsageError, type Issue } from '../errors';
import { DEFAULT_TRANSLATION_MEMORY_OPTIONS } from '../tm/tm-options';
import { tokenizeForMatch } from '../tm/tokenize-for-match';
import type { CliIo } from './cli-io';

/** One query of a batch file, with where its line starts (1-based line, 0-based offset). */
export interface BatchQuery {
  readonly q: string;
  readonly lang?: 'en' | 'zh';
  readonly line: number;
  readonly offset: number;
}

/**
 * The queries of a JSONL batch (`-` reads standard input). Blank lines are
 * skipped; every other line must be `{"q": "text", "lang"?: "en" | "zh"}` with
 * a text that has something to match and fits the query length limit.
 * @throws TmError `TM_BATCH_LINE_INVALID` at the first bad line, listing every bad line in `issues`.
 */
export async function readBatch(path: string, io: Pick<CliIo, 'readStdin'>): Promise<BatchQuery[]> {
  const bytes = path === '-' ? await io.readStdin() : await readFile(path).catch((error: unknown) => {
    throw new UsageError('FILE_NOT_FOUND', 'Expected a JSONL batch file, found none at this path.', { file: path, cause: error });
  });
  const file = path === '-' ? '<stdin>' : path;
  const text = bytes.toString('utf8').replace(/^\uFEFF/u, '');
  const queries: BatchQuery[] = [];
  const issues: Issue[] = [];
  let offset = 0;
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/u, '');
    const place = { line: index + 1, column: 1, offset };
    offset += raw.length + 1;
    if (line.trim() === '') return;
    const problem = checkLine(line);
    if (typeof problem === 'string') issues.push({ severity: 'error', code: 'TM_BATCH_LINE_INVALID', message: problem, file, place });
    else queries.push({ ...problem, line: place.line, offset: place.offset });
  });
  const first = issues[0];
  if (first) throw new TmError('TM_BATCH_LINE_INVALID', first.message, { file, place: first.place, issues });
  return queries;
}

/** The query of a line, or what is wrong with it. */
function checkLine(line: string): { q: string; lang?: 'en' | 'zh' } | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'Expected a JSON object such as {"q": "text"}, found a line that is not JSON.';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'Expected a JSON object such as {"q": "text"}, found another JSON value.';
  const { q, lang } = value as { q?: unknown; lang?: unknown };
  if (typeof q !== 'string') return 'Expected a string "q" (the text to look up), found none.';
  if (lang !== undefined && lang !== 'en' && lang !== 'zh') return `Expected "lang" to be "en" or "zh", found ${JSON.stringify(lang)}.`;
  if (q.length > DEFAULT_TRANSLATION_MEMORY_OPTIONS.maxQueryLength) {
    return `Expected a query of at most ${DEFAULT_TRANSLATION_MEMORY_OPTIONS.maxQueryLength} characters, found ${q.length}.`;
  }
  if (tokenizeForMatch(q).length === 0) return 'Expected a query with words or Chinese characters, found an empty text or only punctuation.';
  return lang === undefined ? { q } : { q, lang };
}
