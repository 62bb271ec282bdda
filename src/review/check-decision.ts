/**
 * Check that a value read from JSON is a well-formed {@link ReviewDecision}
 * (the review file is text a person may have edited, and the page's requests
 * come over HTTP). Returns a message saying what was expected and found, or
 * undefined when the value is good.
 */
import type { Lang, TermType } from '../types';
import type { ReviewDecision, ReviewOp } from './review-decision';

const OPS: ReadonlySet<string> = new Set<ReviewOp>(['confirm', 'reject', 'split', 'merge', 'move', 'edit', 'confirm-term', 'reject-term', 'edit-term']);
const TERM_TYPES: ReadonlySet<string> = new Set<TermType>(['person', 'org', 'place', 'title', 'event']);
const LANGS: ReadonlySet<string> = new Set<Lang>(['en', 'zh']);
/** Longest text a decision may carry: far above any sentence, low enough to stop a runaway request. */
const MAX_TEXT_LENGTH = 100_000;

type Fields = Readonly<Record<string, unknown>>;

/**
 * Why `value` is not a decision, or undefined when it is one.
 * @example checkDecision({ op: 'confirm' }) //=> 'Expected "unit" to be a unit ({en, zh, text}), found undefined.'
 */
export function checkDecision(value: unknown): string | undefined {
  if (!isObject(value)) return `Expected a decision object, found ${shown(value)}.`;
  const op = value['op'];
  if (typeof op !== 'string' || !OPS.has(op)) return `Expected "op" to be one of ${[...OPS].join(', ')}, found ${shown(op)}.`;
  switch (op as ReviewOp) {
    case 'confirm':
    case 'reject':
      return unitProblem(value, 'unit');
    case 'split':
      return unitProblem(value, 'unit') ?? splitProblem(value['at']);
    case 'merge':
      return rowProblem(value, 'unit') ?? rowProblem(value, 'next');
    case 'move':
      return textProblem(value, 'sentence') ?? unitProblem(value, 'from') ?? unitProblem(value, 'to');
    case 'edit':
      return unitProblem(value, 'unit') ?? (LANGS.has(String(value['lang'])) ? undefined : `Expected "lang" to be en or zh, found ${shown(value['lang'])}.`) ?? textProblem(value, 'text');
    case 'confirm-term':
    case 'reject-term':
      return termProblem(value, 'term');
    case 'edit-term':
      return termProblem(value, 'term') ?? termProblem(value, 'to');
  }
}

/** The value as a decision when {@link checkDecision} finds no problem. */
export function asDecision(value: unknown): ReviewDecision | undefined {
  return checkDecision(value) === undefined ? (value as ReviewDecision) : undefined;
}

function unitProblem(fields: Fields, key: string): string | undefined {
  const unit = fields[key];
  const expected = `Expected "${key}" to be a unit ({en, zh, text})`;
  if (!isObject(unit)) return `${expected}, found ${shown(unit)}.`;
  if (!isIdList(unit['en']) || !isIdList(unit['zh'])) return `${expected} with en and zh lists of sentence ids, found ${shown(unit['en'])} and ${shown(unit['zh'])}.`;
  const text = unit['text'];
  if (!isObject(text) || !isText(text['en']) || !isText(text['zh'])) return `${expected} with text {en, zh}, found ${shown(text)}.`;
  return undefined;
}

function rowProblem(fields: Fields, key: string): string | undefined {
  const row = fields[key];
  if (isObject(row) && 'sentence' in row) return textProblem(row, 'sentence') ?? textProblem(row, 'text');
  return unitProblem(fields, key);
}

function splitProblem(at: unknown): string | undefined {
  if (isObject(at) && isCount(at['en']) && isCount(at['zh'])) return undefined;
  return `Expected "at" to be {en, zh} sentence counts, found ${shown(at)}.`;
}

function termProblem(fields: Fields, key: string): string | undefined {
  const term = fields[key];
  if (!isObject(term) || !TERM_TYPES.has(String(term['type'])) || !isText(term['en']) || !isText(term['zh']) || term['en'] === '' || term['zh'] === '') {
    return `Expected "${key}" to be a term pair {type: ${[...TERM_TYPES].join('|')}, en, zh}, found ${shown(term)}.`;
  }
  return undefined;
}

function textProblem(fields: Fields, key: string): string | undefined {
  return isText(fields[key]) ? undefined : `Expected "${key}" to be a string, found ${shown(fields[key])}.`;
}

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_TEXT_LENGTH;
}

function isIdList(value: unknown): boolean {
  return Array.isArray(value) && value.length <= 10_000 && value.every((id) => typeof id === 'string' && id.length > 0 && id.length <= 200);
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function shown(value: unknown): string {
  const text = JSON.stringify(value) as string | undefined;
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
