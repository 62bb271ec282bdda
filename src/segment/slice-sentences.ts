/**
 * Turn the end offsets a scanner found into trimmed sentences with spans.
 */
import type { Span } from '../types';
import { isSpaceCode } from './char-class';

/** A sentence of {@link splitSentences}: its text, trimmed, and its span in the input. */
export interface SplitSentence {
  /** The sentence, without white space at either edge. Equal to `input.slice(span.start, span.end)`. */
  readonly text: string;
  /** Where the sentence lies in the input (UTF-16 offsets). */
  readonly span: Span;
}

/**
 * Cut `text` at `ends` (increasing offsets; the end of the text is implied),
 * trim each piece of white space and drop the pieces that hold nothing else.
 * What lies between two sentences is therefore white space only.
 * @example sliceSentences('One. Two.', [4]).map((s) => s.text) //=> ['One.', 'Two.']
 */
export function sliceSentences(text: string, ends: readonly number[]): SplitSentence[] {
  const sentences: SplitSentence[] = [];
  let from = 0;
  for (let k = 0; k <= ends.length; k++) {
    const to = ends[k] ?? text.length;
    let start = from;
    let end = to;
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end > start) sentences.push({ text: text.slice(start, end), span: { start, end } });
    from = to;
  }
  return sentences;
}
