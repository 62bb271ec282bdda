/**
 * The rows the review page shows: each article's units and unaligned
 * sentences in reading order (as the report orders them), as plain JSON, and
 * the change between two lists of rows as one splice per article.
 */
import type { Lang, Term } from '../types';
import { sentenceKey, sentenceNumber, unitKey, type ReviewState, type ReviewUnit } from './review-state';
import { minOf } from '../min-max';
import { appendAll } from '../append-all';

/** A sentence as the page shows it. */
export interface PageSentence {
  readonly id: string;
  readonly text: string;
  readonly line: number;
  /** A Chinese sentence in Simplified script, when it differs (so a search in either script finds it). */
  readonly zhHans?: string;
}

/** A unit row. `status` is the reviewer's decision when there is one. */
export interface PageUnitRow {
  readonly kind: 'unit';
  readonly key: string;
  readonly article: number;
  readonly id: string;
  readonly en: readonly PageSentence[];
  readonly zh: readonly PageSentence[];
  /**
   * The text a reviewer typed for a side (its Chinese also in Simplified when that differs);
   * a side without it is its sentences joined (English with spaces, Chinese without).
   */
  readonly edited?: { readonly en?: string; readonly zh?: string; readonly zhHans?: string };
  readonly confidence: number;
  readonly method: string;
  readonly status: 'accepted' | 'review' | 'confirmed' | 'corrected';
  readonly by?: string;
  readonly at?: string;
}

/** An unaligned sentence row. */
export interface PageSentenceRow {
  readonly kind: 'unaligned';
  readonly key: string;
  readonly article: number;
  readonly lang: Lang;
  readonly sentence: PageSentence;
  readonly reason: string;
}

export type PageRow = PageUnitRow | PageSentenceRow;

/** A term pair row: the pair's forms and counts, where it stands now, its first example. */
export interface PageTermRow extends Pick<Term, 'type' | 'en' | 'zh' | 'zhHans' | 'count' | 'confidence' | 'methods'> {
  readonly kind: 'term';
  readonly key: string;
  readonly status: 'termbase' | 'review' | 'confirmed' | 'rejected' | 'unsupported';
  readonly example: { readonly en: string; readonly zh: string } | null;
}

/** Whether the output files reflect the latest save. */
export interface OutputsState {
  /** The revision the files on disk reflect. */
  revision: number;
  /** A regeneration is running. */
  writing: boolean;
  /** Why the last regeneration failed, if it did. */
  error: string | undefined;
}

/** A problem or note for the page: its code and message. */
export interface PageNote {
  readonly code: string;
  readonly message: string;
}

/** Everything the page shows (GET /api/state). */
export interface PageState {
  readonly name: string;
  readonly revision: number;
  readonly who: string;
  readonly threshold: number;
  /** Where the report's 'high' band starts for this threshold (report/confidence-bands.ts): accepted units below it are 'good'. */
  readonly highFrom: number;
  readonly articles: readonly { readonly index: number; readonly title: string }[];
  readonly rows: readonly PageRow[];
  /** Null when the corpus has no termbase to review. */
  readonly terms: readonly PageTermRow[] | null;
  readonly outputs: OutputsState;
  readonly notices: readonly PageNote[];
}

/** The answer to a save that went through (POST /api/save, 200). */
export interface SaveAnswer {
  readonly revision: number;
  readonly patches: readonly RowPatch[];
  /** The term rows, when they changed. */
  readonly terms?: readonly PageTermRow[];
  readonly notes: readonly PageNote[];
  readonly outputs: OutputsState;
}

/** The answer to a save that did not (409 conflict, 422 a decision that cannot apply, 4xx/5xx). */
export interface SaveRefusal {
  readonly error: string;
  readonly message: string;
  readonly revision?: number;
  /** The decision that cannot apply (422). */
  readonly index?: number;
}

/** Replace `deleteCount` rows of an article from `start` on by `rows`. */
export interface RowPatch {
  readonly article: number;
  readonly start: number;
  readonly deleteCount: number;
  readonly rows: readonly PageRow[];
}

/** Rows of every article, grouped by article index. */
export function rowsByArticle(state: ReviewState, simplify: Simplify = (text) => text): Map<number, PageRow[]> {
  const units = new Map<number, ReviewUnit[]>();
  for (const unit of state.units.values()) push(units, unit.article, unit);
  const unaligned = new Map<number, string[]>();
  for (const id of state.unaligned.keys()) push(unaligned, state.sentence(id).article, id);
  const articles = [...new Set([...units.keys(), ...unaligned.keys()])].sort((a, b) => a - b);
  return new Map(articles.map((article) => [article, orderRows(state, units.get(article) ?? [], unaligned.get(article) ?? [], simplify)]));
}

/** The rows of one article. */
export function rowsOfArticle(state: ReviewState, article: number, simplify: Simplify = (text) => text): PageRow[] {
  const units = [...state.units.values()].filter((unit) => unit.article === article);
  const unaligned = [...state.unaligned.keys()].filter((id) => state.sentence(id).article === article);
  return orderRows(state, units, unaligned, simplify);
}

/** Chinese text → Simplified script (for search); identity when not given. */
export type Simplify = (text: string) => string;

/**
 * The patch from `before` to `after` (one article's rows): the rows between
 * the longest unchanged start and end. Rows in `changed` differ even when
 * their key is the same (a confirmed or edited unit).
 */
export function diffRows(article: number, before: readonly string[], after: readonly PageRow[], changed: ReadonlySet<string>): RowPatch {
  const same = (i: number, j: number): boolean => before[i] === after[j]?.key && !changed.has(before[i] ?? '');
  let start = 0;
  while (start < before.length && start < after.length && same(start, start)) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && same(before.length - 1 - end, after.length - 1 - end)) end++;
  return { article, start, deleteCount: before.length - start - end, rows: after.slice(start, after.length - end) };
}

/**
 * Rows with English in order of their first English sentence; a Chinese-only
 * row right after the last row whose Chinese comes before it (so an
 * untranslated sentence shows where it stands). The same order as the
 * report's rows, in O(n log n).
 */
function orderRows(state: ReviewState, units: readonly ReviewUnit[], unaligned: readonly string[], simplify: Simplify): PageRow[] {
  const rows = [...units.map((unit) => unitRow(state, unit, simplify)), ...unaligned.map((id) => sentenceRow(state, id, simplify))];
  const withEnglish = rows.filter((row) => firstOf(row, 'en') !== undefined).sort((a, b) => (firstOf(a, 'en') ?? 0) - (firstOf(b, 'en') ?? 0));
  const chineseOnly = rows.filter((row) => firstOf(row, 'en') === undefined).sort((a, b) => (firstOf(a, 'zh') ?? 0) - (firstOf(b, 'zh') ?? 0));
  // For each Chinese-only row, the last English row whose first Chinese sentence comes before it:
  // sweep the Chinese-only rows in order while admitting English rows by their first Chinese sentence.
  const byChinese = withEnglish.map((row, index) => ({ zh: firstOf(row, 'zh'), index })).filter((r): r is { zh: number; index: number } => r.zh !== undefined).sort((a, b) => a.zh - b.zh);
  const after = new Map<number, PageRow[]>();
  let admitted = 0;
  let anchor = -1;
  for (const row of chineseOnly) {
    const zh = firstOf(row, 'zh') ?? 0;
    while (admitted < byChinese.length && (byChinese[admitted]?.zh ?? Infinity) < zh) anchor = Math.max(anchor, byChinese[admitted++]?.index ?? -1);
    push(after, anchor, row);
  }
  const ordered: PageRow[] = [...(after.get(-1) ?? [])];
  withEnglish.forEach((row, index) => {
    ordered.push(row);
    appendAll(ordered, after.get(index) ?? []);
  });
  return ordered;
}

function unitRow(state: ReviewState, unit: ReviewUnit, simplify: Simplify): PageUnitRow {
  const edited = unit.edited;
  const hasEdit = edited?.en !== undefined || edited?.zh !== undefined;
  return {
    kind: 'unit',
    key: unitKey(unit.en, unit.zh),
    article: unit.article,
    id: unit.id,
    en: unit.en.map((id) => pageSentence(state, id, simplify)),
    zh: unit.zh.map((id) => pageSentence(state, id, simplify)),
    ...(hasEdit ? { edited: { ...(edited.en === undefined ? {} : { en: edited.en }), ...(edited.zh === undefined ? {} : { zh: edited.zh, ...simplified(edited.zh, simplify) }) } } : {}),
    confidence: unit.confidence,
    method: unit.method,
    status: unit.review?.state ?? unit.status,
    ...(unit.review === undefined ? {} : { by: unit.review.by, at: unit.review.at }),
  };
}

function pageSentence(state: ReviewState, id: string, simplify: Simplify): PageSentence {
  const sentence = state.sentence(id);
  return { id, text: sentence.text, line: sentence.line, ...(sentence.lang === 'zh' ? simplified(sentence.text, simplify) : {}) };
}

function simplified(zh: string, simplify: Simplify): { zhHans?: string } {
  const simple = simplify(zh);
  return simple === zh ? {} : { zhHans: simple };
}

function sentenceRow(state: ReviewState, id: string, simplify: Simplify): PageSentenceRow {
  const sentence = state.sentence(id);
  return { kind: 'unaligned', key: sentenceKey(id), article: sentence.article, lang: sentence.lang, sentence: pageSentence(state, id, simplify), reason: state.unaligned.get(id) ?? '' };
}

/** The first sentence number of a row on one side, if it has that side. */
function firstOf(row: PageRow, lang: Lang): number | undefined {
  if (row.kind === 'unaligned') return row.lang === lang ? sentenceNumber(row.sentence.id) : undefined;
  const first = row[lang][0];
  return first === undefined ? undefined : minOf(row[lang].map((s) => sentenceNumber(s.id)));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
