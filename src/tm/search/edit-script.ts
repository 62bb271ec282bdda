/**
 * The edit script between a query and a stored source, for highlighting: a
 * Levenshtein table over tokens with a traceback, merged into runs.
 */
import type { Span } from '../../types';
import type { TmEdit } from '../tm-match';
import type { MatchToken } from '../tokens/tokenize-for-match';
import { appendAll } from '../../append-all';

/**
 * Largest table filled for a traceback (cells, 4 bytes each: 16 MB). Beyond it
 * (two texts of thousands of tokens that differ in the middle), the differing
 * middle is reported as one `replace` run. Chosen so a query at the length
 * limit against a unit of similar length still gets an exact script.
 */
const MAX_TABLE_CELLS = 4_194_304;

type Step = TmEdit['kind'];

/**
 * Edit runs turning `stored` into `query` (both from `tokenizeForMatch`).
 * @example
 * editScript(tokenizeForMatch('a b c'), tokenizeForMatch('a x c')).map((e) => e.kind)
 * //=> ['equal', 'replace', 'equal']
 */
export function editScript(query: readonly MatchToken[], stored: readonly MatchToken[]): TmEdit[] {
  let prefix = 0;
  while (prefix < query.length && prefix < stored.length && query[prefix]?.key === stored[prefix]?.key) prefix++;
  let suffix = 0;
  while (
    suffix < query.length - prefix &&
    suffix < stored.length - prefix &&
    query[query.length - 1 - suffix]?.key === stored[stored.length - 1 - suffix]?.key
  ) {
    suffix++;
  }
  const steps: Step[] = Array<Step>(prefix).fill('equal');
  appendAll(steps, middleSteps(query.slice(prefix, query.length - suffix), stored.slice(prefix, stored.length - suffix)));
  for (let s = 0; s < suffix; s++) steps.push('equal');
  return toRuns(steps, query, stored);
}

/** Per-token steps of the part between the common prefix and suffix. */
function middleSteps(query: readonly MatchToken[], stored: readonly MatchToken[]): Step[] {
  const m = query.length;
  const n = stored.length;
  if (m === 0) return Array<Step>(n).fill('delete');
  if (n === 0) return Array<Step>(m).fill('insert');
  if ((m + 1) * (n + 1) > MAX_TABLE_CELLS) return coarseSteps(m, n);
  const width = n + 1;
  const table = new Uint32Array((m + 1) * width);
  for (let j = 0; j <= n; j++) table[j] = j;
  for (let i = 1; i <= m; i++) {
    table[i * width] = i;
    const key = query[i - 1]?.key;
    for (let j = 1; j <= n; j++) {
      const diagonal = (table[(i - 1) * width + j - 1] ?? 0) + (key === stored[j - 1]?.key ? 0 : 1);
      const up = (table[(i - 1) * width + j] ?? 0) + 1;
      const left = (table[i * width + j - 1] ?? 0) + 1;
      table[i * width + j] = Math.min(diagonal, up, left);
    }
  }
  // Trace back from the end, preferring a match, then a substitution, then an indel.
  const steps: Step[] = [];
  let i = m;
  let j = n;
  while (i > 0 || j > 0) {
    const here = table[i * width + j] ?? 0;
    if (i > 0 && j > 0) {
      const same = query[i - 1]?.key === stored[j - 1]?.key;
      if (here === (table[(i - 1) * width + j - 1] ?? 0) + (same ? 0 : 1)) {
        steps.push(same ? 'equal' : 'replace');
        i--;
        j--;
        continue;
      }
    }
    if (i > 0 && here === (table[(i - 1) * width + j] ?? 0) + 1) {
      steps.push('insert');
      i--;
    } else {
      steps.push('delete');
      j--;
    }
  }
  return steps.reverse();
}

/** The fallback for huge tables: replace what both share in count, then insert or delete the rest. */
function coarseSteps(m: number, n: number): Step[] {
  const steps = Array<Step>(Math.min(m, n)).fill('replace');
  for (let k = n; k < m; k++) steps.push('insert');
  for (let k = m; k < n; k++) steps.push('delete');
  return steps;
}

/** Merge per-token steps into runs with spans on both texts. */
function toRuns(steps: readonly Step[], query: readonly MatchToken[], stored: readonly MatchToken[]): TmEdit[] {
  const runs: TmEdit[] = [];
  let qi = 0;
  let si = 0;
  for (let s = 0; s < steps.length; ) {
    const kind = steps[s] as Step;
    let end = s;
    while (end < steps.length && steps[end] === kind) end++;
    const count = end - s;
    const queryCount = kind === 'delete' ? 0 : count;
    const storedCount = kind === 'insert' ? 0 : count;
    runs.push({ kind, query: spanOf(query, qi, queryCount), stored: spanOf(stored, si, storedCount) });
    qi += queryCount;
    si += storedCount;
    s = end;
  }
  return runs;
}

/** Span of `count` tokens from token `from`; an empty span after the previous token when `count` is 0. */
function spanOf(tokens: readonly MatchToken[], from: number, count: number): Span {
  if (count === 0) {
    const at = from > 0 ? (tokens[from - 1]?.span.end ?? 0) : (tokens[0]?.span.start ?? 0);
    return { start: at, end: at };
  }
  return { start: tokens[from]?.span.start ?? 0, end: tokens[from + count - 1]?.span.end ?? 0 };
}
