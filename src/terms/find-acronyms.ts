/**
 * Acronyms of the corpus and the words they stand for: defined in brackets
 * after the long form ("… Foreign Countries (CPAFFC)", Schwartz & Hearst
 * 2003's pattern), or, failing a definition, spelled by the initials of one
 * capitalised name that occurs in the corpus ("FAO" ← Foreign Affairs Office).
 */
import { tokenizeEnglish } from '../segment/tokenize-english';
import type { TranslationUnit } from '../types';
import { KNOWN_ACRONYMS } from './english-acronyms';
import { findEnglishCandidates } from './english-candidates';

/** Where an acronym is defined: "Long Form (LF)" or "Long Form(LF)". */
export interface AcronymDefinition {
  readonly acronym: string;
  /** Words of the long form, e.g. ['Arab', 'Towns', 'Organization']. */
  readonly words: readonly string[];
  readonly unit: number;
}

/**
 * An acronym in brackets: two to ten capitals.
 * @example 'Organization(ATO) held'.match(ACRONYM_IN_BRACKETS)?.[1] //=> 'ATO'
 */
export const ACRONYM_IN_BRACKETS: RegExp = /[(（]\s*(\p{Lu}{2,10})\s*[)）]/gu;

/**
 * An acronym used as a word: two to six capitals.
 * @example ACRONYM.test('FAO') //=> true
 * @example ACRONYM.test('Fao') //=> false
 */
export const ACRONYM: RegExp = /^\p{Lu}{2,6}$/u;

/** Words skipped when spelling initials. */
const SKIPPED: ReadonlySet<string> = new Set(['of', 'the', 'for', 'and', 'with', 'in', 'on', 'to', '&']);

/**
 * Definitions of acronyms in brackets, in unit order.
 * @example findAcronymDefinitions([{ id: 'u', en: 'the Arab Towns Organization(ATO) met', zh: '' }])[0]?.words
 * //=> ['Arab', 'Towns', 'Organization']
 */
export function findAcronymDefinitions(units: readonly TranslationUnit[]): AcronymDefinition[] {
  const found: AcronymDefinition[] = [];
  for (const [u, unit] of units.entries()) {
    for (const match of unit.en.matchAll(ACRONYM_IN_BRACKETS)) {
      const acronym = match[1];
      if (acronym === undefined) continue; // the group is not optional: never taken
      const before = tokenizeEnglish(unit.en.slice(Math.max(0, match.index - 200), match.index)).map((t) => t.text);
      const words = longFormOf(acronym, before);
      if (words) found.push({ acronym, words, unit: u });
    }
  }
  return found;
}

/** The shortest run of words ending at the bracket whose initials spell the acronym. */
function longFormOf(acronym: string, before: readonly string[]): string[] | undefined {
  for (let start = before.length - 1; start >= 0 && before.length - start <= acronym.length * 2 + 2; start--) {
    const words = before.slice(start);
    const first = words[0];
    if (first === undefined || SKIPPED.has(first.toLowerCase())) continue;
    if (initials(words) === acronym) return words;
  }
  return undefined;
}

function initials(words: readonly string[]): string {
  return words
    .filter((w) => !SKIPPED.has(w.toLowerCase()))
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

/**
 * Acronym → long-form words over the corpus: bracket definitions first, then
 * the well-known ones (KNOWN_ACRONYMS); an acronym used without either is
 * expanded when exactly one capitalised name of the corpus spells it.
 * @example findAcronyms(units).get('FAO') //=> ['Foreign', 'Affairs', 'Office']
 */
export function findAcronyms(units: readonly TranslationUnit[]): Map<string, readonly string[]> {
  const acronyms = new Map<string, readonly string[]>();
  for (const d of findAcronymDefinitions(units)) if (!acronyms.has(d.acronym)) acronyms.set(d.acronym, d.words);
  for (const [acronym, words] of KNOWN_ACRONYMS) if (!acronyms.has(acronym)) acronyms.set(acronym, words);
  const used = new Set<string>();
  for (const unit of units) for (const t of tokenizeEnglish(unit.en)) if (ACRONYM.test(t.text) && !acronyms.has(t.text)) used.add(t.text);
  if (used.size === 0) return acronyms;
  const spellers = new Map<string, Set<string>>();
  for (const unit of units) {
    for (const candidate of findEnglishCandidates(unit.en)) {
      if (candidate.kind !== 'org' || candidate.tokens.some((t) => SKIPPED.has(t.text))) continue;
      const spelled = initials(candidate.tokens.map((t) => t.text));
      if (!used.has(spelled)) continue;
      const set = spellers.get(spelled) ?? new Set<string>();
      set.add(candidate.tokens.map((t) => t.text).join(' '));
      spellers.set(spelled, set);
    }
  }
  for (const [acronym, forms] of [...spellers].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [only] = forms;
    if (forms.size === 1 && only !== undefined) acronyms.set(acronym, only.split(' '));
  }
  return acronyms;
}
