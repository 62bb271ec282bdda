/**
 * Does this English period end a sentence? The questions asked about the word
 * before it: an abbreviation (and which kind), an initial, a list marker, a URL.
 * Only called at a period that is followed by something that could begin a
 * sentence, so none of this runs per character.
 */
import { CharFlag, hasFlag, isDigitAt, isLetterAt, isLowerAt, isSpaceCode, isUpperAt } from '../char-class';
import type { AbbreviationKind } from './english-abbreviations';
import { skipOpeners, wordAt } from './english-sentence-start';
import { ENGLISH_SENTENCE_STARTERS } from './english-sentence-starters';
import { DOTTED_ABBREVIATION, URL_OR_EMAIL } from '../sentence-patterns';

/** Longest number read as a list marker ("2." in "innocence: 1. … 2. …"). */
const LIST_MARKER_MAX_DIGITS = 2;

/**
 * How far (UTF-16 units) the word before a period, and the token around it
 * for the URL check, are read. Abbreviations are short and URLs rarely longer;
 * the bounds keep a text of one huge token ("ab.Cd.Ef…") linear. Not fitted.
 */
const MAX_WORD_READ = 32;
const MAX_TOKEN_READ = 256;

/** What may come right before a list marker inside a sentence (then a space): colon, semicolon, comma. */
const LIST_LEAD_CHARS = ':;,\uff1a\uff1b\uff0c';

/** Bullets, which may stand right before a list number ("⁃9. The first item"). */
const BULLETS = '\u2022\u2023\u2043\u25aa\u25e6';

/**
 * True when the period at `periodAt`, followed by white space and the
 * sentence-like start at `nextAt`, ends a sentence. `sentenceStart` is where
 * the current sentence began (after the last boundary), for list markers.
 * @example periodEndsSentence('Mr. Smith', 2, 4, 0, ENGLISH_ABBREVIATIONS) //=> false
 * @example periodEndsSentence('in 2022. The', 7, 9, 0, ENGLISH_ABBREVIATIONS) //=> true
 */
export function periodEndsSentence(
  text: string,
  periodAt: number,
  nextAt: number,
  sentenceStart: number,
  abbreviations: ReadonlyMap<string, AbbreviationKind>,
): boolean {
  const wordStart = startOfWordBefore(text, periodAt, sentenceStart);
  const word = text.slice(wordStart, periodAt);
  if (word.length === 0) return numberSignBefore(text, periodAt) ? !isDigitAt(text, skipOpeners(text, nextAt)) : true;
  if (isDigitAt(text, periodAt - 1)) return !isListMarker(text, wordStart, periodAt, sentenceStart);
  if (word.length === 1) return endsAfterSingleLetter(text, wordStart);
  const key = word.toLowerCase();
  const kind = abbreviations.get(key) ?? (word.includes('.') && DOTTED_ABBREVIATION.test(word) ? 'ambiguous' : undefined);
  switch (kind) {
    case undefined:
    case 'final':
      return true;
    case 'title':
    case 'inner':
      return false;
    case 'number':
      return !isDigitAt(text, skipOpeners(text, nextAt));
    case 'ambiguous':
      return ENGLISH_SENTENCE_STARTERS.has(wordAt(text, nextAt));
  }
}

/**
 * True when a period with no space after it ends a sentence anyway, as in
 * "San Francisco.He said" or "since 2020.The": a lower-case word of two or more
 * letters (or a number) before it, a capitalised word after it, and neither an
 * abbreviation nor a URL or e-mail address around it ("U.S.A.", "Jane.Doe@…").
 * @example missingSpaceEndsSentence('San Francisco.He said', 13, ENGLISH_ABBREVIATIONS) //=> true
 * @example missingSpaceEndsSentence('the U.S.A. team', 5, ENGLISH_ABBREVIATIONS) //=> false
 */
export function missingSpaceEndsSentence(
  text: string,
  periodAt: number,
  abbreviations: ReadonlyMap<string, AbbreviationKind>,
): boolean {
  if (!isUpperAt(text, periodAt + 1) || !isLowerAt(text, periodAt + 2)) return false;
  const wordStart = startOfWordBefore(text, periodAt, 0);
  const word = text.slice(wordStart, periodAt);
  if (digitsBefore(text, periodAt) === word.length) {
    if (word.length < 2) return false;
  } else if (word.length < 2 || word.includes('.') || !isLowerAt(text, periodAt - 1) || abbreviations.has(word.toLowerCase())) {
    return false;
  }
  return !URL_OR_EMAIL.test(tokenAround(text, periodAt));
}

/**
 * Start of the word before `end`: letters, digits, inner periods and
 * apostrophes ("U.S", "e.g", "2022", "didn't"), back to anything else, and
 * never before `floor`, the start of the sentence ("Tuesday.Mr. Smith": the
 * word is "Mr").
 */
function startOfWordBefore(text: string, end: number, floor: number): number {
  const limit = Math.max(floor, end - MAX_WORD_READ);
  let i = end;
  while (i > limit) {
    const code = text.charCodeAt(i - 1);
    const charStart = code >= 0xdc00 && code < 0xe000 && i >= 2 ? i - 2 : i - 1;
    if (isLetterAt(text, charStart) || isDigitAt(text, charStart)) i = charStart;
    else if ((code === 0x2e || code === 0x27 || code === 0x2019) && i >= 2 && isLetterAt(text, i - 2)) i -= 1;
    else break;
  }
  while (i < end && text.charCodeAt(i) === 0x2e) i++;
  return i;
}

/** Number of digits right before `end`. */
function digitsBefore(text: string, end: number): number {
  let i = end;
  while (i > 0 && end - i < MAX_WORD_READ && isDigitAt(text, i - 1)) i--;
  return end - i;
}

/** True for "N°." and "Nº." and "№.", which come before a number. */
function numberSignBefore(text: string, periodAt: number): boolean {
  const prev = text[periodAt - 1];
  return prev === '\u2116' || ((prev === '\u00b0' || prev === '\u00ba') && text[periodAt - 2]?.toUpperCase() === 'N');
}

/** The non-space token around `at`, for the URL and e-mail check. */
function tokenAround(text: string, at: number): string {
  const first = Math.max(0, at - MAX_TOKEN_READ);
  const last = Math.min(text.length, at + MAX_TOKEN_READ);
  let start = at;
  while (start > first && !isSpaceCode(text.charCodeAt(start - 1))) start--;
  let end = at;
  while (end < last && !isSpaceCode(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}

/**
 * A short number that starts a list item: at the start of the sentence, or
 * after a colon, semicolon, comma or bullet ("my innocence: 1. The team
 * leader …", "It rained. 2. It was cold."), never inside a number ("$3.50.").
 */
function isListMarker(text: string, wordStart: number, periodAt: number, sentenceStart: number): boolean {
  if (periodAt - wordStart > LIST_MARKER_MAX_DIGITS) return false;
  for (let i = wordStart; i < periodAt; i++) if (!isDigitAt(text, i)) return false;
  let i = wordStart;
  while (i > sentenceStart && (isSpaceCode(text.charCodeAt(i - 1)) || hasFlag(text.charCodeAt(i - 1), CharFlag.opener) || BULLETS.includes(text.charAt(i - 1)))) i--;
  if (i === sentenceStart) return true;
  return i < wordStart && LIST_LEAD_CHARS.includes(text.charAt(i - 1));
}

/**
 * One letter before a period is an initial ("Mark C. Chandler", "p. 55") and
 * does not end a sentence, except the pronoun I after a lower-case word
 * ("you and I. Did you …").
 */
function endsAfterSingleLetter(text: string, wordStart: number): boolean {
  if (text.charCodeAt(wordStart) !== 0x49 /* I */) return false;
  let i = wordStart;
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  if (i === wordStart || i === 0) return false;
  let start = i;
  while (start > 0 && isLetterAt(text, start - 1)) start--;
  return start < i && isLowerAt(text, start);
}
