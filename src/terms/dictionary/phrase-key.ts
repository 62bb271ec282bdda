/**
 * One way to compare English phrases from the text with English phrases from
 * dictionary glosses: words lower-cased and stripped of accents and
 * apostrophes, hyphenated words split, articles dropped. "the People’s
 * Republic" and "people's republic" give the same key; so do "António" and
 * "Antonio", "Director-General" and "director general".
 */

/**
 * Spellings and forms that mean the same: British and American spelling, and
 * the gendered forms of posts, which CC-CEDICT glosses under one form
 * (发言人 "spokesperson"). Data only, general English.
 */
const SAME_WORD: ReadonlyMap<string, string> = new Map([
  ['spokesman', 'spokesperson'], ['spokeswoman', 'spokesperson'], ['spokesmen', 'spokespersons'],
  ['chairwoman', 'chairman'], ['chairperson', 'chairman'], ['congresswoman', 'congressman'],
  ['programme', 'program'], ['programmes', 'programs'], ['centre', 'center'], ['centres', 'centers'],
  ['organisation', 'organization'], ['organisations', 'organizations'], ['defence', 'defense'], ['labour', 'labor'],
  ['harbour', 'harbor'], ['honour', 'honor'], ['favour', 'favor'], ['theatre', 'theater'], ['counsellor', 'counselor'],
  ['councillor', 'councilor'], ['advisor', 'adviser'], ['catalogue', 'catalog'], ['metre', 'meter'], ['kilometre', 'kilometer'],
]);

/** Articles: dropped everywhere, since glosses and running text use them differently. */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * The comparable words of one written word: lower case, no accents, no
 * apostrophes, split at hyphens, slashes and periods; empty for an article.
 * @example phraseWordsOf('Director-General') //=> ['director', 'general']
 * @example phraseWordsOf('People’s') //=> ['peoples']
 * @example phraseWordsOf('The') //=> []
 * @example phraseWordsOf('U.S') //=> ['us']
 */
export function phraseWordsOf(word: string): string[] {
  // "U.S", "U.N.": an abbreviation written with periods is one word ("us", "un").
  if (/^(?:\p{L}\.)+\p{L}\.?$/u.test(word)) return [word.replace(/\./gu, '').toLowerCase()];
  const plain = word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/gu, '');
  return plain
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !ARTICLES.has(w))
    .map((w) => SAME_WORD.get(w) ?? w);
}

/**
 * The comparable words of a phrase.
 * @example phraseWords('the Foreign Affairs Office') //=> ['foreign', 'affairs', 'office']
 */
export function phraseWords(text: string): string[] {
  return text.split(/\s+/u).flatMap(phraseWordsOf);
}

/**
 * The key of a list of comparable words.
 * @example phraseKey(['united', 'nations']) //=> 'united nations'
 */
export function phraseKey(words: readonly string[]): string {
  return words.join(' ');
}
