/**
 * An in-memory termbase: terms indexed by their English and Chinese keys for
 * instant lookup. Build it from `extractTerms` output or from a TSV read back
 * with `parseTermsTsv`.
 */
import { TermsError } from '../../errors';
import type { Lang, Term, TermExample } from '../../types';
import { detectTermQueryLang } from '../../query-lang';
import { chineseTermKey, englishTermKey } from './term-key';
import { appendAll } from '../../append-all';

/** A term found for a query. */
export interface TermMatch {
  readonly term: Term;
  /** The side of the term the query matched (the query's language). */
  readonly lang: Lang;
  /** True when the whole term equals the query after normalisation; false when the term contains it. */
  readonly exact: boolean;
  /** The other side: Chinese for an English query, English for a Chinese one. */
  readonly translation: string;
  /** The form that matched the query: the term's English or its Chinese as the termbase writes it. */
  readonly matched: string;
  /**
   * Every pair of the term's concept entry (full name, short form, acronym,
   * variants in either language), this one included; just this one when the
   * term has no entry.
   */
  readonly entry: readonly Term[];
  readonly examples: readonly TermExample[];
}

/** A termbase you can query. */
export interface Termbase {
  /** The terms, in the order given. */
  readonly terms: readonly Term[];
  /**
   * Look up an English or Chinese query (either script; case, hyphens and
   * spacing ignored): exact matches first, then terms containing the query
   * as whole words (English) or as a substring (Chinese), each group by
   * descending confidence, then count. At most 50 matches.
   * @throws TermsError `TERMS_EMPTY_QUERY` for an empty query.
   */
  lookupTerm(query: string): TermMatch[];
}

/** Most matches returned by one lookup. */
const MAX_MATCHES = 50;

/**
 * Build a termbase over terms.
 * @example
 * const glossary = parseTermsTsv('type\ten\tzh\nperson\tWang Wen\t王雯\ntitle\tConsul General\t總領事\n');
 * createTermbase(glossary).lookupTerm('Consul-General')[0]?.translation //=> '總領事'
 * // From extracted terms (examples/terms.ts): exact matches first, then terms containing the query.
 * createTermbase(terms).lookupTerm('consul general').map((match) => [match.term.en, match.translation, match.exact])
 * //=> [['Consul General', '總領事', true], ['Consul General of Belarus in Chongqing', '白俄羅斯駐重慶總領事', false]]
 */
export function createTermbase(terms: readonly Term[]): Termbase {
  const byEnglish = new Map<string, Term[]>();
  const byChinese = new Map<string, Term[]>();
  const byEntry = new Map<string, Term[]>();
  const add = (map: Map<string, Term[]>, key: string, term: Term): void => {
    const list = map.get(key);
    if (list) list.push(term);
    else map.set(key, [term]);
  };
  for (const term of terms) {
    add(byEnglish, englishTermKey(term.en), term);
    add(byChinese, chineseTermKey(term.zhHans || term.zh), term);
    if (term.entry !== undefined && term.entry.length > 0) add(byEntry, term.entry, term);
  }
  const entryOf = (term: Term): readonly Term[] => (term.entry !== undefined && term.entry.length > 0 ? (byEntry.get(term.entry) ?? [term]) : [term]);
  return {
    terms,
    lookupTerm(query: string): TermMatch[] {
      if (typeof query !== 'string' || query.trim().length === 0) {
        throw new TermsError('TERMS_EMPTY_QUERY', 'Expected a term to look up, found an empty query.');
      }
      const lang = detectTermQueryLang(query);
      const key = lang === 'zh' ? chineseTermKey(query) : englishTermKey(query);
      const index = lang === 'zh' ? byChinese : byEnglish;
      const exact = index.get(key) ?? [];
      const partial: Term[] = [];
      for (const [termKey, list] of index) {
        if (termKey !== key && contains(termKey, key, lang)) appendAll(partial, list);
      }
      return [...rank(exact).map((t) => match(t, lang, true, entryOf(t))), ...rank(partial).map((t) => match(t, lang, false, entryOf(t)))].slice(0, MAX_MATCHES);
    },
  };
}

function contains(termKey: string, key: string, lang: Lang): boolean {
  if (key.length === 0) return false;
  return lang === 'zh' ? termKey.includes(key) : ` ${termKey} `.includes(` ${key} `);
}

function rank(terms: readonly Term[]): Term[] {
  return [...terms].sort((a, b) => b.confidence - a.confidence || b.count - a.count);
}

function match(term: Term, lang: Lang, exact: boolean, entry: readonly Term[]): TermMatch {
  return { term, lang, exact, translation: lang === 'zh' ? term.en : term.zh, matched: lang === 'zh' ? term.zh : term.en, entry, examples: term.examples };
}
