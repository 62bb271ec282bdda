/** The tokens a match is scored on, with their keys and spans: what the edit and concordance spans are built from. */
import type { Span } from '../../types';
import { scanTokens, TOKEN_KIND, TokenScratch } from './scan-tokens';
import { tokenKey } from './token-key';

/** A scored token: a Han character, a word or a number. */
export interface MatchToken {
  /** Normalised form; two tokens are equal when their keys are (see `token-key.ts`). */
  readonly key: string;
  /** Where the token lies in the text (UTF-16 offsets, original script). */
  readonly span: Span;
  readonly kind: 'han' | 'word' | 'number';
}

const KIND_NAMES = ['han', 'word', 'number'] as const;

/**
 * Tokenize `text` the way fuzzy scores count it: one token per Han character,
 * one per word or number; punctuation and spaces dropped; keys normalised
 * (NFKC, lower case, Han folded to Simplified).
 * @example
 * tokenizeForMatch('Consul-General 總領事').map((t) => t.key)
 * //=> ['consul', 'general', '总', '领', '事']
 */
export function tokenizeForMatch(text: string): MatchToken[] {
  const scratch = new TokenScratch();
  const count = scanTokens(text, scratch);
  const tokens: MatchToken[] = [];
  for (let t = 0; t < count; t++) {
    const start = scratch.starts[t] ?? 0;
    const end = scratch.ends[t] ?? 0;
    const kind = scratch.kinds[t] ?? TOKEN_KIND.word;
    tokens.push({ key: tokenKey(text, start, end, kind), span: { start, end }, kind: KIND_NAMES[kind] ?? 'word' });
  }
  return tokens;
}
