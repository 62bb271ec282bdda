// Written by hand for bitext-tm (segment stage, issue 3), not generated: the
// abbreviations the issue names (Mr., Dr., Prof., St., No., Co., Ltd., Inc.,
// Jr., e.g., i.e., etc., a.m./p.m.) plus the common English titles, company
// suffixes, Latin abbreviations, month names and reference words of style guides.
// Each entry has the kind that decides whether it can end a sentence.
// Dotted forms (U.S., U.S.A., Ph.D., a.m.) are recognised by their shape and
// need no entry unless their kind differs (e.g., i.e.). Keys are lower case;
// matching is case-insensitive. Add entries here, with their kind, when a
// real text needs them; callers add their own with `SplitOptions.abbreviations`.

/**
 * How an abbreviation behaves before the next word.
 * - `title`: comes before a name (Mr. Smith); never ends a sentence.
 * - `number`: comes before a number (No. 5, Fig. 3, Dec. 25); ends a sentence only when no number follows.
 * - `inner`: only used inside a sentence (e.g., i.e., vs.); never ends a sentence.
 * - `ambiguous`: may end a sentence or go on (Inc., Jr., U.S.); ends one only when the next word is a common sentence starter.
 * - `final`: usually closes a list or clause (etc.); ends a sentence before any capitalised word, like an ordinary word.
 */
export type AbbreviationKind = 'title' | 'number' | 'inner' | 'ambiguous' | 'final';

const TITLES = [
  'mr', 'mrs', 'ms', 'mx', 'messrs', 'mmes', 'mme', 'mlle', 'dr', 'drs', 'prof', 'profs', 'rev', 'revd', 'hon',
  'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'cdr', 'adm', 'sgt', 'cpl', 'pvt', 'gov', 'sen', 'rep', 'pres',
  'supt', 'insp', 'amb', 'fr', 'msgr',
] as const;

const BEFORE_NUMBERS = [
  'no', 'nos', 'nr', 'art', 'arts', 'fig', 'figs', 'vol', 'vols', 'ch', 'chap', 'sec', 'sect', 'para', 'pp',
  'pt', 'ex', 'eq', 'eqs', 'tab', 'op', 'tel', 'ext', 'rm', 'apt', 'ref', 'ed', 'edn', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
] as const;

const INNER = ['e.g', 'i.e', 'a.k.a', 'w.r.t', 'cf', 'viz', 'vs', 'approx', 'appr', 'ca', 'incl', 'excl', 'esp', 'resp'] as const;

const AMBIGUOUS = [
  'inc', 'ltd', 'co', 'corp', 'bros', 'jr', 'sr', 'esq', 'plc', 'pty', 'llc', 'dept', 'univ', 'assn', 'assoc',
  'ave', 'blvd', 'rd', 'st', 'mt', 'ft', 'hwy', 'al',
] as const;

const FINAL = ['etc'] as const;

function buildMap(): Map<string, AbbreviationKind> {
  const map = new Map<string, AbbreviationKind>();
  for (const word of TITLES) map.set(word, 'title');
  for (const word of BEFORE_NUMBERS) map.set(word, 'number');
  for (const word of INNER) map.set(word, 'inner');
  for (const word of AMBIGUOUS) map.set(word, 'ambiguous');
  for (const word of FINAL) map.set(word, 'final');
  return map;
}

/**
 * The built-in abbreviations, lower case and without the final period, with their kind.
 * @example ENGLISH_ABBREVIATIONS.get('mr') //=> 'title'
 * @example ENGLISH_ABBREVIATIONS.get('e.g') //=> 'inner'
 */
export const ENGLISH_ABBREVIATIONS: ReadonlyMap<string, AbbreviationKind> = buildMap();
