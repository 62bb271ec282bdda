/** Read a termbase TSV written by `serializeTermsTsv` (or edited in a spreadsheet) back into terms. */
import { toSimplified } from '../../chinese/convert-script';
import { TermsError, type Issue } from '../../errors';
import { LineIndex } from '../../position';
import type { Term, TermExample, TermType } from '../../types';
import { EXAMPLE_SEPARATOR, TERMS_TSV_COLUMNS, unescapeField } from './serialize-terms-tsv';

const TERM_TYPES: ReadonlySet<string> = new Set<TermType>(['person', 'org', 'place', 'title', 'event']);
/** Columns a row must have; methods and units may be missing (a hand-made glossary). */
const REQUIRED_COLUMNS = ['type', 'en', 'zh'] as const;

/**
 * Parse termbase TSV. The header names the columns (any order; type, en and
 * zh are required). Blank lines are skipped.
 * @throws TermsError `TERMS_BAD_TERMBASE_FILE` with the `place` of the first
 *   bad row, carrying every problem found in `issues`.
 * @example parseTermsTsv('type\ten\tzh\nperson\tWang Wen\t王雯\n')[0]?.zhHans //=> '王雯'
 */
export function parseTermsTsv(text: string, file?: string): Term[] {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const lines = text.slice(bom).split(/\r?\n/u);
  const index = new LineIndex(text);
  const issues: Issue[] = [];
  const fail = (line: number, column: number, message: string): void => {
    const offset = index.lineStart(line) + column - 1 + (line === 1 ? bom : 0);
    const place = index.pointAt(offset);
    issues.push({ severity: 'error', code: 'TERMS_BAD_TERMBASE_FILE', message, place, ...(file === undefined ? {} : { file }) });
  };
  const header = (lines[0] ?? '').split('\t');
  for (const required of REQUIRED_COLUMNS) {
    if (!header.includes(required)) fail(1, 1, `Expected a header row naming the columns ${TERMS_TSV_COLUMNS.join(', ')}; the column "${required}" is missing.`);
  }
  const [headerIssue] = issues;
  if (headerIssue !== undefined) throw toError(headerIssue, issues, file);
  const column = (name: string): number => header.indexOf(name);
  const terms: Term[] = [];
  for (const [i, line] of lines.entries()) {
    if (i === 0 || line.trim().length === 0) continue; // the header, a blank line
    const fields = line.split('\t').map(unescapeField);
    const get = (name: string): string => (column(name) === -1 ? '' : (fields[column(name)] ?? ''));
    const type = get('type');
    if (!TERM_TYPES.has(type)) {
      fail(i + 1, 1, `Expected a term type (person, org, place, title, event), found "${type}".`);
      continue;
    }
    const en = get('en');
    const zh = get('zh');
    if (en.length === 0 || zh.length === 0) {
      fail(i + 1, 1, `Expected both an English and a Chinese term, found ${en.length === 0 ? 'no English' : 'no Chinese'}.`);
      continue;
    }
    const count = numberField(get('count'), 1);
    const confidence = numberField(get('confidence'), 1);
    if (!Number.isFinite(count) || count < 0 || !Number.isFinite(confidence) || confidence < 0 || confidence > 1) {
      fail(i + 1, columnStart(line, column(Number.isFinite(count) && count >= 0 ? 'confidence' : 'count')), 'Expected a count ≥ 0 and a confidence in [0, 1].');
      continue;
    }
    const units = get('units').split(' ').filter((u) => u.length > 0);
    const example = exampleOf(get('example'), units[0] ?? '');
    const entry = get('entry');
    terms.push({
      ...(entry.length > 0 ? { entry } : {}),
      type: type as TermType,
      en,
      zh,
      zhHans: get('zh_hans') || toSimplified(zh),
      count,
      confidence,
      methods: get('methods').split(',').filter((m) => m.length > 0),
      units,
      examples: example ? [example] : [],
    });
  }
  const [firstIssue] = issues;
  if (firstIssue !== undefined) throw toError(firstIssue, issues, file);
  return terms;
}

function numberField(value: string, fallback: number): number {
  return value.trim().length === 0 ? fallback : Number(value);
}

function exampleOf(field: string, unit: string): TermExample | undefined {
  if (field.length === 0) return undefined;
  const at = field.indexOf(EXAMPLE_SEPARATOR);
  if (at === -1) return { unit, en: field, zh: '' };
  return { unit, en: field.slice(0, at), zh: field.slice(at + EXAMPLE_SEPARATOR.length) };
}

/** 1-based column where field `index` starts in a raw line. */
function columnStart(line: string, index: number): number {
  let column = 1;
  const fields = line.split('\t');
  for (const [i, field] of fields.entries()) {
    if (i >= index) break;
    column += field.length + 1;
  }
  return column;
}

function toError(first: Issue, issues: readonly Issue[], file: string | undefined): TermsError {
  return new TermsError('TERMS_BAD_TERMBASE_FILE', first.message, { file, place: first.place, issues });
}
