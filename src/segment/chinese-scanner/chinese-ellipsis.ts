/**
 * When a Chinese ellipsis (…… or …) ends a sentence. Measured on the MAC-Dev
 * paragraphs (test/bench/segment.md): an ellipsis directly before a new
 * clause ends the sentence in 5 of 6 cases; one followed by a space is a
 * stammer or a pause (32 of 32 not a boundary).
 */
import { CharFlag, hasFlag, isHanAt, skipSpaces } from '../char-class';
import { MarkRole, markRole } from './chinese-marks';

/** Longest word (in UTF-16 units) repeated around an ellipsis that is read as a stammer, not a sentence end. */
const STAMMER_MAX_LENGTH = 2;

/**
 * An ellipsis at `at`..`end` with no closing quote ends a sentence when a new
 * clause follows it directly: a Han character or an opening quote, unless the
 * words before it come again (a stammer, "不过……不过", "我……我").
 * @example ellipsisEndsSentence('没好运……轿夫们', 3, 5) //=> true
 * @example ellipsisEndsSentence('不过……不过', 2, 4) //=> false
 */
export function ellipsisEndsSentence(text: string, at: number, end: number): boolean {
  if (markRole(text.charCodeAt(end)) === MarkRole.quoteOpen) return true;
  if (!isHanAt(text, end)) return false;
  for (let length = 1; length <= STAMMER_MAX_LENGTH && length <= at; length++) {
    if (text.startsWith(text.slice(at - length, at), end)) return false;
  }
  return true;
}

/**
 * An ellipsis set apart after a finished sentence ("传奇中的传奇。” ……") marks
 * omitted text; it does not begin the next sentence, so the sentence takes
 * it: returns the offset after it, or `end` when there is none.
 * @example omissionMarkAfter('传奇。” ……他们', 4) //=> 7
 */
export function omissionMarkAfter(text: string, end: number): number {
  const next = skipSpaces(text, end);
  if (next === end || !hasFlag(text.charCodeAt(next), CharFlag.ellipsis)) return end;
  let after = next;
  while (after < text.length && hasFlag(text.charCodeAt(after), CharFlag.ellipsis)) after++;
  return after;
}
