/**
 * Term lookup through a termbase. The termbase stage (src/terms) builds the
 * real one; the memory only needs something that answers `lookupTerm`, or a
 * plain `Term[]`, which it searches itself.
 */
import type { Lang, Term } from '../types';
import { tokenizeForMatch } from './tokenize-for-match';

/** A term found for a query. */
export interface TermHit {
  readonly term: Term;
  /** Which side of the term matched. */
  readonly lang: Lang;
  /** True when the whole term equals the query after normalisation; false when the term contains it. */
  readonly exact: boolean;
}

/** Anything that looks terms up: a termbase object, or a list of terms. */
export type TermSource = readonly Term[] | { lookupTerm(query: string): readonly TermHit[] };

/** The normalised token keys of a text, joined (the same normalisation as fuzzy scores). */
const normalise = (text: string): string => tokenizeForMatch(text).map((t) => t.key).join(' ');

/**
 * Look `query` up in a term list: terms whose English, Chinese (either
 * script) form equals the query after normalisation, then terms containing it
 * as whole tokens; each group by descending `count`.
 * @example
 * lookupTermInList(terms, '總領事').map((hit) => hit.term.en)
 * //=> ['Consul-General']
 */
export function lookupTermInList(terms: readonly Term[], query: string): TermHit[] {
  const wanted = normalise(query);
  if (wanted.length === 0) return [];
  const hits: TermHit[] = [];
  for (const term of terms) {
    for (const [lang, form] of [['en', term.en], ['zh', term.zhHans || term.zh]] as const) {
      const key = normalise(form);
      if (key === wanted) hits.push({ term, lang, exact: true });
      else if (` ${key} `.includes(` ${wanted} `)) hits.push({ term, lang, exact: false });
      else continue;
      break;
    }
  }
  return hits.sort((a, b) => Number(b.exact) - Number(a.exact) || b.term.count - a.term.count);
}

/** Run a lookup against any {@link TermSource}. */
export function lookupInTermSource(source: TermSource, query: string): readonly TermHit[] {
  return Array.isArray(source) ? lookupTermInList(source as readonly Term[], query) : (source as { lookupTerm(query: string): readonly TermHit[] }).lookupTerm(query);
}
