/**
 * Quotations and speech in English: which double quotation the scanner is in,
 * whether a closing quote is followed by a speech tag, stammers and broken-off
 * speech. Asked only at candidate boundaries.
 */
import { CharFlag, hasFlag, isLetterAt, skipSpacesBackward } from '../char-class';
import { wordAt } from './english-sentence-start';
import { SPEECH_TAG_EN } from '../sentence-patterns';

/**
 * The double quotation the scanner is in: none, quoted speech (opened at the
 * start of a sentence or after a colon or comma) or a quotation embedded in a
 * clause (opened after a word: argues that “the laws … complex”). Single
 * quotes are not tracked: they double as apostrophes.
 */
export type Quotation = 'none' | 'speech' | 'embedded';

/** Longest slice read for a speech tag ("Old Hai said softly,"). */
const SPEECH_TAG_MAX_LENGTH = 60;

/** Closing brackets, as opposed to closing quotation marks. */
const BRACKET_CLOSERS = ')]}\uff09\u3011\u3015\u3017\uff3d\uff5d\u300b\u3009';

/**
 * The quotation opened by the mark at `at`: speech when it opens the text or
 * follows the end of a sentence, a colon or a comma; embedded after a word.
 * @example quotationOpenedAt('He said: "Go."', 9) //=> 'speech'
 * @example quotationOpenedAt('a step "forward"', 7) //=> 'embedded'
 */
export function quotationOpenedAt(text: string, at: number): Quotation {
  const before = skipSpacesBackward(text, at);
  if (before === 0) return 'speech';
  const prev = text.charCodeAt(before - 1);
  if (prev === 0x3a /* : */ || prev === 0x2c /* , */ || hasFlag(prev, CharFlag.terminal | CharFlag.ellipsis | CharFlag.closer | CharFlag.opener)) return 'speech';
  return 'embedded';
}

/**
 * True when the closers between `from` and `to` include a quotation mark, not only brackets.
 * @example closesQuotation("Why?' Wang", 4, 5) //=> true
 */
export function closesQuotation(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const char = text[i];
    if (char === undefined || !BRACKET_CLOSERS.includes(char)) return true;
  }
  return false;
}

/**
 * A capitalised speaker and a verb of saying at `at`, after a quotation:
 * "'Why?' Wang asked." is one sentence.
 * @example followsSpeechTag("'Why?' Wang asked.", 7) //=> true
 */
export function followsSpeechTag(text: string, at: number): boolean {
  return SPEECH_TAG_EN.test(text.slice(at, at + SPEECH_TAG_MAX_LENGTH));
}

/**
 * A stammer: the word after the ellipsis at `at` (starting at `next`) is the word before it.
 * @example repeatsWordBefore("I... I can't", 1, 5) //=> true
 */
export function repeatsWordBefore(text: string, at: number, next: number): boolean {
  const end = skipSpacesBackward(text, at);
  let start = end;
  while (start > 0 && isLetterAt(text, start - 1)) start--;
  return start < end && wordAt(text, next).toLowerCase() === text.slice(start, end).toLowerCase();
}

/**
 * Dashes that break off speech: — – ― (a doubled hyphen "--" ends in a hyphen).
 * @example isEnglishSpeechDash('—'.charCodeAt(0)) //=> true
 */
export function isEnglishSpeechDash(code: number): boolean {
  return code === 0x2014 || code === 0x2013 || code === 0x2015 || code === 0x2d;
}
