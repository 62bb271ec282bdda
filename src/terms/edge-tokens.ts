/** The first and last token of a run of tokens (a name chunk, a candidate's words, a head). */
import type { Token } from '../segment/tokenize-english';

/**
 * The first and last token of `tokens`, which callers build non-empty (a
 * chunk keeps at least one capitalised word, a candidate at least one word):
 * an empty run is a bug in the stage, not a user mistake.
 * @example edgeTokens(tokenizeEnglish('Wang Wen spoke')).last.text //=> 'spoke'
 */
export function edgeTokens(tokens: readonly Token[]): { readonly first: Token; readonly last: Token } {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first === undefined || last === undefined) throw new Error('Expected at least one token.');
  return { first, last };
}
