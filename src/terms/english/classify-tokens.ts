/**
 * What each English word of a unit is, for finding term candidates:
 * capitalised or not, a number, a joining word, a head noun of a name, a
 * post, a common word of English, and whether it opens a sentence (where a
 * capital says nothing).
 */
import type { Token } from '../../segment/tokens/tokenize-english';
import type { TermType } from '../../types';
import {
  CALENDAR_WORDS,
  FUNCTION_WORDS,
  HONORIFICS,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  POST_MODIFIERS,
  POST_NOUNS,
  TYPE_HEADS,
} from './english-term-words';

/** One English word, classified. */
export interface ClassifiedToken extends Token {
  /** Lower case, without a possessive ending. */
  readonly lower: string;
  /** Starts with a capital ("Libya", "al-Islam" counts: a lower-case particle glued to a capitalised name). */
  readonly capitalised: boolean;
  /** An acronym: two or more capitals or digits ("UN", "G7", "AUKUS"). */
  readonly acronym: boolean;
  readonly number: boolean;
  /** Ends with a possessive ('s or ’s). */
  readonly possessive: boolean;
  /** A word that may join the parts of a headed name (of, for, and, …). */
  readonly connector: boolean;
  /** A particle inside a personal name (de, van, al, …). */
  readonly particle: boolean;
  readonly honorific: boolean;
  readonly functionWord: boolean;
  readonly calendar: boolean;
  /** A post noun ("minister", "ambassador"). */
  readonly post: boolean;
  /** A word that qualifies a post ("deputy", "foreign"). */
  readonly postModifier: boolean;
  /** The type a head noun gives a name that ends with it, if any. */
  readonly headType: Exclude<TermType, 'person' | 'title'> | undefined;
  /** A common word of English (the dictionary's glosses or this corpus use it in lower case). */
  readonly common: boolean;
  /** An adjective of a country or people: never a name by itself. */
  readonly demonym: boolean;
  /** An acronym of a common noun ("VAT", "DNA"): never a name by itself. */
  readonly commonAcronym: boolean;
  /** A name the dictionary knows by itself ("China", "Paris"). */
  readonly knownName: boolean;
  /** First word of a sentence: its capital is the sentence's, not the word's. */
  readonly sentenceStart: boolean;
}

/** What is known about English words beyond their form: from the dictionary and the corpus. */
export interface EnglishWordFacts {
  /** A common word of English (used in lower case). */
  isCommon(lowerWord: string): boolean;
  /** An adjective of a country or people ("Russian", "French"). */
  isDemonym(lowerWord: string): boolean;
  /** An acronym of a common noun ("VAT", "DNA"), not of a name or a post. */
  isCommonAcronym(acronym: string): boolean;
  /** A name the dictionary has as a gloss on its own ("China", "Paris"). */
  isKnownName(lowerWord: string): boolean;
}

/**
 * A capital, or a short lower-case particle glued to one ("al-Islam").
 * @example CAPITALISED.test('al-Islam') //=> true
 */
export const CAPITALISED: RegExp = /^(?:\p{Lu}|\p{Ll}{1,3}[-‐]\p{Lu})/u;
/**
 * Two or more capitals or digits, starting with a capital.
 * @example ACRONYM.test('G7') //=> true
 * @example ACRONYM.test('Gaddafi') //=> false
 */
export const ACRONYM: RegExp = /^\p{Lu}[\p{Lu}\d&]+s?$/u;
/** A possessive ending. */
const POSSESSIVE = /['’]s?$/u;
/** What ends a sentence in the gap before a word: . ! ? or : (headlines capitalise after it). */
const SENTENCE_BREAK = /[.!?:…\n]/u;

/**
 * Classify the English words of a text.
 */
export function classifyTokens(text: string, tokens: readonly Token[], facts: EnglishWordFacts): ClassifiedToken[] {
  return tokens.map((token, i) => {
    const previous = tokens[i - 1];
    const gap = previous === undefined ? '' : text.slice(previous.span.end, token.span.start);
    const possessive = POSSESSIVE.test(token.text) && /['’]/u.test(token.text.slice(-2));
    const lower = token.text.toLowerCase().replace(/['’]s?$/u, '');
    const bare = singular(lower);
    const acronym = ACRONYM.test(token.text.replace(/['’]s?$/u, ''));
    // The fields written out, not `...token`: a spread followed by this many properties makes V8
    // build a slow dictionary-mode object (25 µs a token instead of 1, and every later read slower).
    return {
      text: token.text,
      span: token.span,
      lower,
      capitalised: CAPITALISED.test(token.text),
      acronym,
      number: /^\p{N}/u.test(token.text),
      possessive,
      connector: NAME_CONNECTORS.has(lower),
      particle: NAME_PARTICLES.has(lower),
      honorific: HONORIFICS.has(lower),
      // "US" is a country, "us" a pronoun; "He" and "You" in mid-sentence are surnames ("I" is always written so).
      functionWord: FUNCTION_WORDS.has(lower) && !acronym && (lower === 'i' || !(CAPITALISED.test(token.text) && previous !== undefined && !SENTENCE_BREAK.test(gap))),
      calendar: CALENDAR_WORDS.has(lower),
      post: POST_NOUNS.has(lower) || POST_NOUNS.has(bare),
      postModifier: POST_MODIFIERS.has(lower),
      headType: headTypeOf(lower, bare),
      common: facts.isCommon(lower),
      demonym: (CAPITALISED.test(token.text) || acronym) && facts.isDemonym(lower),
      commonAcronym: acronym && facts.isCommonAcronym(token.text.replace(/['’]s?$/u, '')),
      knownName: CAPITALISED.test(token.text) && facts.isKnownName(lower),
      sentenceStart: previous === undefined || SENTENCE_BREAK.test(gap),
    };
  });
}

/** Singular of a plural noun, roughly ("ministries" → "ministry", "forces" stays: both are listed). */
function singular(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) return word.slice(0, -1);
  return word;
}

function headTypeOf(lower: string, bare: string): ClassifiedToken['headType'] {
  for (const type of ['org', 'place', 'event'] as const) {
    if (TYPE_HEADS[type].has(lower) || TYPE_HEADS[type].has(bare)) return type;
  }
  return undefined;
}
