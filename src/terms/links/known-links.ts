/**
 * Links from pairs known before this unit is read: pairs of the user's
 * termbase, and pairs an earlier pass found certain elsewhere in the corpus.
 * An acronym the corpus defines takes the Chinese of its long form ("FAO"
 * after "Foreign Affairs Office (FAO)" links where 外办 stands).
 */
import { phraseKey, phraseWordsOf } from '../dictionary/phrase-key';
import type { TermUnit } from '../units/analyze-term-unit';
import type { Link } from './link';

/** Known pairs: English phrase key (see `phraseKey`) → Simplified Chinese forms. */
export interface KnownPairs {
  readonly byEnglish: ReadonlyMap<string, ReadonlySet<string>>;
  /** First words of the known English keys, to skip most positions quickly. */
  readonly firstWords: ReadonlySet<string>;
  /** Longest known English key, in words. */
  readonly maxWords: number;
  /** Acronym (lower case) → phrase key of its long form, as the corpus defines it. */
  readonly acronyms: ReadonlyMap<string, string>;
}

/** Strength of a known pair's link: as strong as a dictionary name. */
const KNOWN_SCORE = 0.9;

/**
 * Build the lookup for known pairs.
 * @example createKnownPairs([['Foreign Affairs Office', '外办']], new Map()).byEnglish.get('foreign affairs office') //=> new Set(['外办'])
 */
export function createKnownPairs(pairs: Iterable<readonly [string, string]>, acronyms: ReadonlyMap<string, string>): KnownPairs {
  const byEnglish = new Map<string, Set<string>>();
  const firstWords = new Set<string>();
  let maxWords = 0;
  for (const [en, zhHans] of pairs) {
    const words = en.split(/\s+/u).flatMap(phraseWordsOf);
    const first = words[0];
    if (first === undefined || zhHans.length === 0) continue;
    const key = phraseKey(words);
    const set = byEnglish.get(key);
    if (set) set.add(zhHans);
    else byEnglish.set(key, new Set([zhHans]));
    firstWords.add(first);
    maxWords = Math.max(maxWords, words.length);
  }
  return { byEnglish, firstWords, maxWords, acronyms };
}

/**
 * The known-pair links of one unit: every run of English words that is a
 * known English form, to every place its Chinese occurs in the unit.
 */
export function knownLinks(unit: TermUnit, known: KnownPairs): Link[] {
  const flat: { word: string; token: number }[] = [];
  for (const [i, token] of unit.tokens.entries()) for (const word of phraseWordsOf(token.text)) flat.push({ word, token: i });
  const links: Link[] = [];
  const linkTo = (en: { start: number; end: number }, forms: ReadonlySet<string>): void => {
    for (const zh of forms) {
      for (let at = unit.hans.indexOf(zh); at !== -1; at = unit.hans.indexOf(zh, at + 1)) {
        links.push({ en, zh: { start: at, end: at + zh.length }, method: 'known', score: KNOWN_SCORE });
      }
    }
  };
  for (let i = 0; i < flat.length; i++) {
    const first = flat[i];
    if (first === undefined || !known.firstWords.has(first.word)) continue;
    const words: string[] = [];
    for (let j = i; j < flat.length && j - i < known.maxWords; j++) {
      const w = flat[j];
      if (w === undefined) break;
      words.push(w.word);
      // A key must cover whole tokens: "Director" of "Director-General" is not a match.
      const next = flat[j + 1];
      if (next !== undefined && next.token === w.token) continue;
      const forms = known.byEnglish.get(phraseKey(words));
      if (forms) linkTo({ start: first.token, end: w.token + 1 }, forms);
    }
  }
  for (const [i, token] of unit.tokens.entries()) {
    if (!token.acronym) continue;
    const longForm = known.acronyms.get(token.text.replace(/['’]s?$/u, '').toLowerCase());
    const forms = longForm === undefined ? undefined : known.byEnglish.get(longForm);
    if (forms) linkTo({ start: i, end: i + 1 }, forms);
  }
  return links;
}
