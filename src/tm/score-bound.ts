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
 * Count filter (Ukkonen 1992, "Approximate string-matching with q-grams and
 * maximal matches"; Gravano et al. 2001, "Approximate string joins in a
 * database (almost) for free"). Pad each token sequence with one start and
 * one end marker and take its bigrams (q = 2): a sequence of n tokens has
 * n + 1 of them. Align the query and the unit by an optimal edit script of d
 * operations. A bigram of the longer sequence that overlaps no edited
 * position reappears, unchanged, in the other sequence; one edit touches at
 * most q = 2 bigrams (a substitution or deletion: the two bigrams holding
 * that token; an insertion: the one bigram spanning the gap). So the two
 * bigram multisets share at least
 *
 *     (L + 1) − 2·d  ≥  L + 1 − 2·maxEdits(L)       = sharedGramLowerBound(L, k)
 *
 * bigrams. A unit sharing fewer cannot score ≥ minScore, and skipping it
 * never loses a match. The index keeps this guarantee although it hashes
 * bigrams into buckets and tags repeated bigrams by occurrence (see
 * `gram-buckets.ts`): hashing can only merge multiset elements, and merging
 * never lowers the size of a multiset intersection.
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
 * The least number of padded bigrams two sequences share when the longer has
 * `length` tokens and their edit distance is at most `edits` (see the file comment).
 * @example sharedGramLowerBound(20, 5) //=> 11
 */
export function sharedGramLowerBound(length: number, edits: number): number {
  return length + 1 - 2 * edits;
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
