/**
 * Acronyms the corpus defines in brackets after their long form (Schwartz &
 * Hearst 2003's pattern): "Chinese People's Association for Friendship with
 * Foreign Countries (CPAFFC)", "Foreign Affairs Office of the Chongqing
 * Municipal Government (Chongqing FAO)" (a name may come before the acronym).
 */
import { tokenizeEnglish } from '../../segment/tokens/tokenize-english';
import { phraseWords } from '../dictionary/phrase-key';

/** An acronym and the comparable words of its long form. */
export interface AcronymDefinition {
  readonly acronym: string;
  /** The long form's words as `phraseWords` gives them, e.g. ['foreign', 'affairs', 'office']. */
  readonly longForm: readonly string[];
}

/**
 * An acronym in brackets, optionally after capitalised words: "(CPAFFC)",
 * "(Chongqing FAO)".
 */
const BRACKETED_ACRONYM = /[(（]\s*(?:\p{Lu}[\p{L}'’-]*\s+){0,2}(\p{Lu}[\p{Lu}&]{1,9})\s*[)）]/gu;
/** Words skipped when spelling initials. */
const SKIPPED: ReadonlySet<string> = new Set(['of', 'the', 'for', 'and', 'with', 'in', 'on', 'to', 'at', '&']);
/** Most words before the bracket a long form may have. */
const MAX_LONG_FORM_WORDS = 16;

/**
 * Definitions in one English text.
 * @example findAcronymDefinitions('the Arab Towns Organization (ATO) met')[0]?.longForm //=> ['arab', 'towns', 'organization']
 */
export function findAcronymDefinitions(text: string): AcronymDefinition[] {
  const found: AcronymDefinition[] = [];
  for (const match of text.matchAll(BRACKETED_ACRONYM)) {
    const acronym = match[1];
    if (acronym === undefined) continue;
    const before = tokenizeEnglish(text.slice(0, match.index)).map((t) => t.text).slice(-MAX_LONG_FORM_WORDS);
    const longForm = longFormOf(acronym, before);
    if (longForm !== undefined) found.push({ acronym, longForm: phraseWords(longForm.join(' ')) });
  }
  return found;
}

/**
 * The shortest run of words ending before the bracket whose capitalised
 * words' initials contain the acronym's letters in order, starting with its
 * first letter ("Foreign Affairs Office of the Chongqing Municipal
 * Government" spells F, A, O in order for FAO; extra words are allowed after
 * the letters are spelled, which is how "of the …" tails are kept).
 */
function longFormOf(acronym: string, before: readonly string[]): string[] | undefined {
  const letters = acronym.toLowerCase().replace(/&/gu, '');
  for (let start = before.length - 1; start >= 0; start--) {
    const words = before.slice(start);
    const first = words[0];
    if (first === undefined || SKIPPED.has(first.toLowerCase()) || !/^\p{Lu}/u.test(first)) continue;
    if (first.charAt(0).toLowerCase() !== letters.charAt(0)) continue;
    const initials = words.filter((w) => !SKIPPED.has(w.toLowerCase())).map((w) => w.charAt(0).toLowerCase()).join('');
    if (initials === letters || (initials.startsWith(letters) && spelledThenTail(words, letters))) return trimTail(words, letters);
  }
  return undefined;
}

/** The letters are spelled by the first words, and the rest is an "of …" tail. */
function spelledThenTail(words: readonly string[], letters: string): boolean {
  const content = words.filter((w) => !SKIPPED.has(w.toLowerCase()));
  const next = words[words.indexOf(content[letters.length] ?? '') - 1];
  return next !== undefined && SKIPPED.has(next.toLowerCase());
}

/** The long form without a tail after the spelled words ("Foreign Affairs Office" of "… of the … Government"). */
function trimTail(words: readonly string[], letters: string): string[] {
  let spelled = 0;
  for (const [i, word] of words.entries()) {
    if (SKIPPED.has(word.toLowerCase())) continue;
    spelled++;
    if (spelled === letters.length) return words.slice(0, i + 1);
  }
  return [...words];
}
