/**
 * The fuzzy score and the bounds that let the index skip units without ever
 * losing one that scores at least `minScore`.
 *
 * Score. For a query of m tokens and a stored text of n tokens at token edit
 * distance d (Levenshtein: insert, delete, substitute, each cost 1):
 *
 *     score = 1 − d / L,   L = max(m, n)      (1 when both are empty)
 *
 * Length filter. d ≥ |m − n| (every surplus token needs an insertion or a
 * deletion), so a unit can reach `minScore` only if |m − n| ≤ maxEdits(L):
 * see {@link lengthWindow}.
 *
 * Count filter (q-gram counting with q = 1; Ukkonen 1992, "Approximate
 * string-matching with q-grams and maximal matches"; Gravano et al. 2001,
 * "Approximate string joins in a database (almost) for free"). Take an
 * optimal alignment of the query and the unit: M matches, S substitutions, D
 * deletions, I insertions, with d = S + D + I. Then m = M + S + D and
 * n = M + S + I, so M ≥ m − d and M ≥ n − d, i.e. M ≥ L − d. The matched
 * pairs are equal tokens, each token used once, so M never exceeds the size
 * of the multiset intersection of the two token bags. Hence a unit can reach
 * `minScore` only if it shares at least
 *
 *     L − maxEdits(L)                               = sharedTokenLowerBound(L, k)
 *
 * tokens with the query (counted with multiplicity). A unit sharing fewer is
 * skipped without losing a match. (Bigrams would give L + 1 − 2k — one edit
 * can break two bigrams — a much weaker bound: in templated text, units that
 * share only the template pass it by the thousand.)
 */

/**
 * The score of an edit distance `distance` between sequences whose longer one has `length` tokens.
 * @example scoreOf(1, 4) //=> 0.75
 */
export function scoreOf(distance: number, length: number): number {
  return length === 0 ? 1 : 1 - distance / length;
}

/**
 * The largest edit distance d with `scoreOf(d, length) >= minScore`, computed
 * with the same floating-point expression as the score, so the bound and the
 * final comparison never disagree.
 * @example maxEdits(20, 0.75) //=> 5
 */
export function maxEdits(length: number, minScore: number): number {
  if (length === 0) return 0;
  let k = Math.max(0, Math.min(length, Math.floor((1 - minScore) * length)));
  while (k < length && scoreOf(k + 1, length) >= minScore) k++;
  while (k > 0 && scoreOf(k, length) < minScore) k--;
  return scoreOf(k, length) >= minScore ? k : -1;
}

/**
 * The least number of tokens (with multiplicity) two sequences share when the
 * longer has `length` tokens and their edit distance is at most `edits` (see
 * the file comment).
 * @example sharedTokenLowerBound(20, 5) //=> 15
 */
export function sharedTokenLowerBound(length: number, edits: number): number {
  return length - edits;
}

/**
 * Token counts n a stored text can have and still score ≥ `minScore` against a
 * query of `queryLength` tokens: `[min, max]`, with `max` capped at `longest`.
 * @example lengthWindow(12, 0.75, 1000) //=> [9, 16]
 */
export function lengthWindow(queryLength: number, minScore: number, longest: number): [number, number] {
  // Shorter units: L = m, need m − n ≤ maxEdits(m).
  const min = Math.max(0, queryLength - Math.max(0, maxEdits(queryLength, minScore)));
  // Longer units: L = n, need n − m ≤ maxEdits(n); n − maxEdits(n) never decreases
  // with n, so the first n that fails ends the window.
  let max = queryLength;
  while (max < longest && max + 1 - maxEdits(max + 1, minScore) <= queryLength) max++;
  return [min, Math.min(max, Math.max(longest, queryLength))];
}
