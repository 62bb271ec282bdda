/**
 * English word tokens with spans. Our own regex rather than `natural`: its
 * WordTokenizer is the same one-line regex, and natural pulls in database
 * clients (pg, redis, mongoose) that a text library should not install.
 */
import type { Span } from '../types';

/** A token and where it lies in the tokenized text. */
export interface Token {
  readonly text: string;
  readonly span: Span;
}

/**
 * A word: letters and digits, with inner apostrophes, hyphens and periods
 * ("don't", "Director-General", "U.S"), or a number with inner separators ("1,000.5").
 * @example 'Consul-General of 1,000.5 U.S. firms'.match(ENGLISH_WORD)?.[0] //=> 'Consul-General'
 */
export const ENGLISH_WORD: RegExp = /\p{N}+(?:[.,:]\p{N}+)*(?:\p{L}+)?|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-.][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Split English text into word tokens (punctuation and spaces dropped).
 * @example tokenizeEnglish("Wang Wen's forum").map((t) => t.text) //=> ['Wang', "Wen's", 'forum']
 */
export function tokenizeEnglish(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(ENGLISH_WORD)) {
    tokens.push({ text: match[0], span: { start: match.index, end: match.index + match[0].length } });
  }
  return tokens;
}
