/** Find an English term in a text the way {@link englishKey} compares them: case, curly quotes and spacing aside. */
import type { Span } from '../types';

/**
 * Span of the first occurrence of `term` in `text`, ignoring case, the
 * difference between ’ and ', and runs of spaces; undefined when absent.
 * @example findEnglishSpan('The  People’s Government met', "people's government") //=> { start: 5, end: 24 }
 */
export function findEnglishSpan(text: string, term: string): Span | undefined {
  const words = term.trim().split(/\s+/u).filter((w) => w.length > 0);
  if (words.length === 0) return undefined;
  const pattern = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/['’‘]/gu, "['’‘]")).join('\\s+');
  const match = new RegExp(pattern, 'iu').exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}
