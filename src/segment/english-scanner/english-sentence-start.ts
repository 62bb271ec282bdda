/**
 * What can begin an English sentence, looked at after a candidate boundary.
 */
import { CharFlag, hasFlag, isLetterAt, isLowerAt, isUpperAt } from '../char-class';

/**
 * Characters that continue a sentence when they follow punctuation and a
 * space: commas, colons, dashes and closing brackets ("Yahoo! — the company").
 */
const CONTINUING_CHARS = new Set([',', ';', ':', '-', '\u2013', '\u2014', '\u2015', ')', ']', '}', '%', '\u2026', '.', '\uff0c', '\u3001']);

/** Offset of the first character after the opening quotes and brackets at `at`. */
export function skipOpeners(text: string, at: number): number {
  let i = at;
  while (i < text.length && hasFlag(text.charCodeAt(i), CharFlag.opener)) i++;
  return i;
}

/**
 * True when the text at `at` (after white space) can begin a sentence: an
 * upper-case letter, a digit, a letter without case (Han), a symbol, possibly
 * after opening quotes and brackets. Lower-case letters and punctuation that
 * continues a clause cannot.
 * @example startsEnglishSentence('"Yes," he said', 0) //=> true
 * @example startsEnglishSentence('he said', 0) //=> false
 */
export function startsEnglishSentence(text: string, at: number): boolean {
  const i = skipOpeners(text, at);
  if (i >= text.length) return false;
  if (isLowerAt(text, i)) return false;
  return !CONTINUING_CHARS.has(text.charAt(i));
}

/** True when the word at `at` (after opening quotes) starts with an upper-case letter. */
export function startsWithCapital(text: string, at: number): boolean {
  return isUpperAt(text, skipOpeners(text, at));
}

/**
 * The word (letters and inner apostrophes) at `at`, after opening quotes and brackets.
 * @example wordAt('"The end', 0) //=> 'The'
 */
export function wordAt(text: string, at: number): string {
  const start = skipOpeners(text, at);
  let end = start;
  while (end < text.length && isLetterAt(text, end)) end += text.charCodeAt(end) >= 0xd800 && text.charCodeAt(end) < 0xdc00 ? 2 : 1;
  return text.slice(start, end);
}
