/** Short examples for a term: the sentence around it, cut to a readable length. */
import type { Span } from '../../types';

/**
 * Characters that end a sentence in either language.
 * @example SENTENCE_END.test('。') //=> true
 */
export const SENTENCE_END: RegExp = /[.!?。！？；;]/u;

/** Longest example, in UTF-16 code units, before it is cut with "…". */
export const MAX_SNIPPET_LENGTH = 160;

/**
 * The sentence of `text` that holds `span`, cut around the span to at most
 * `maxLength` code units (an ellipsis marks each cut).
 * @example termSnippet('One. Wang Wen spoke. Two.', { start: 5, end: 13 }) //=> 'Wang Wen spoke.'
 */
export function termSnippet(text: string, span: Span, maxLength: number = MAX_SNIPPET_LENGTH): string {
  let start = span.start;
  while (start > 0 && !(SENTENCE_END.test(text.charAt(start - 1)) && (start >= text.length || /[\s\p{Script=Han}“"]/u.test(text[start] ?? ' ')))) start--;
  let end = span.end;
  while (end < text.length && !SENTENCE_END.test(text.charAt(end))) end++;
  if (end < text.length) end++;
  const raw = text.slice(start, end);
  let snippet = raw.trim();
  if (snippet.length > maxLength) {
    const termStart = span.start - start - (raw.length - raw.trimStart().length);
    const room = Math.max(0, maxLength - (span.end - span.start));
    const from = Math.max(0, Math.min(termStart - Math.floor(room / 2), snippet.length - maxLength));
    const cut = snippet.slice(from, from + maxLength);
    snippet = `${from > 0 ? '…' : ''}${cut}${from + maxLength < snippet.length ? '…' : ''}`;
  }
  return snippet;
}
