/**
 * Fuzzy lookup: query → candidates from the index → exact banded scoring →
 * the best `limit` matches, each with its edit script.
 */
import type { Lang } from '../../types';
import { boundedEditDistance } from './bounded-edit-distance';
import { editScript } from './edit-script';
import { findCandidates, type CandidateStats } from './find-candidates';
import { positionLength } from '../core/side-index';
import type { MemoryCore, QueryWorkspace } from '../core/memory-core';
import type { PreparedQuery } from './prepare-query';
import { maxEdits, scoreOf, sharedTokenLowerBound } from './score-bound';
import type { TmMatch } from '../tm-match';
import { tokenizeForMatch, type MatchToken } from '../tokens/tokenize-for-match';

/** A unit that reached the threshold, before its match is built. */
export interface ScoredUnit {
  readonly unit: number;
  readonly score: number;
}

/** Order of matches: score descending, then unit index ascending (so ties are stable and reproducible). */
export function compareScored(a: ScoredUnit, b: ScoredUnit): number {
  return b.score - a.score || a.unit - b.unit;
}

/**
 * The best `limit` units of the query's side that score ≥ `minScore`, best
 * first. Exact: the candidate filter never drops a unit that qualifies.
 *
 * Why the first result is a best unit (for any minScore; tested against a
 * brute-force scan in test/properties/tm-lossless.prop.test.ts). Let u* be a
 * unit of best score s* ≥ minScore, at edit distance d* from the query, with
 * L* = max(m, n*) tokens in the longer text:
 * 1. u* is in the length window: |m − n*| ≤ d* ≤ maxEdits(L*) (score-bound.ts).
 * 2. u* shares M ≥ L* − d* ≥ T(n*) tokens with the query (score-bound.ts:
 *    the matches of an optimal alignment are a common sub-multiset).
 * 3. So the two-sided prefix filter admits u* (find-candidates.ts: two sets
 *    sharing ≥ T elements share one inside both prefixes), its positional
 *    bound holds (every common element lies at or after the first), and its
 *    signature bound holds (each signature bit the query lacks is a distinct
 *    unshared token); its exact shared count is M ≥ T(n*): u* is a candidate.
 * 4. Below, the threshold only rises to the score of the current `limit`-th
 *    best, and a unit is skipped only when it cannot beat (or, ranked after it
 *    on ties, equal) that entry: the shared-token bound at the raised
 *    threshold and the banded distance capped at its edit limit are the same
 *    necessary conditions as 1–2. Candidates come most-shared first, so the
 *    loop stops only when no later candidate can reach the threshold either.
 * Hence u* (or another unit of score s* and a lower index) is scored exactly
 * and is first; and a unit below minScore is never returned, since every
 * returned score is computed exactly.
 *
 * Candidates come most-shared-tokens first (exact multiset counts). Once
 * `limit` matches are held, only a unit scoring at least the worst of them can enter (ties too: a lower
 * unit index ranks first), so the threshold rises to that score, and the same
 * bounds as the index (score-bound.ts) apply at the raised threshold: a
 * candidate sharing fewer tokens than the least the window needs is skipped,
 * and since later candidates share no more, the loop ends.
 */
export function scoreUnits(
  core: MemoryCore,
  workspace: QueryWorkspace,
  query: PreparedQuery,
  minScore: number,
  limit: number,
  removed?: Uint8Array,
): { scored: ScoredUnit[]; stats: CandidateStats } {
  const side = core.sides[query.lang];
  const ids = workspace.ids.data;
  const candidates = workspace.candidates;
  const stats = findCandidates(side, ids, query.length, query.knownLimit, minScore, workspace.counters(query.lang), candidates);
  const top: ScoredUnit[] = [];
  let threshold = minScore;
  let leastNeed = leastSharedTokens(query.length, stats.lengths, threshold);
  const [nMin, nMax] = stats.lengths;
  for (let c = 0; c < candidates.positions.length; c++) {
    const shared = candidates.shared.data[c] ?? 0;
    if (shared < leastNeed) break;
    const position = candidates.positions.data[c] ?? 0;
    const longer = Math.max(query.length, positionLength(side, position, nMin, nMax));
    if (shared < sharedTokenLowerBound(longer, maxEdits(longer, threshold))) continue;
    const unit = side.order[position] ?? 0;
    if (removed?.[unit] === 1) continue;
    // Once `top` is full, a unit ranked after its worst entry on ties must score strictly higher.
    const worst = top.length >= limit ? top[limit - 1] : undefined;
    const allowed = worst !== undefined && unit > worst.unit ? maxEditsAbove(longer, threshold) : maxEdits(longer, threshold);
    if (allowed < 0 || shared < sharedTokenLowerBound(longer, allowed)) continue;
    const from = side.tokenStart[position] ?? 0;
    const length = (side.tokenStart[position + 1] ?? 0) - from;
    const distance = boundedEditDistance(ids, 0, query.length, side.tokens, from, length, allowed, workspace.rows);
    if (distance > allowed) continue;
    if (insertTop(top, { unit, score: scoreOf(distance, longer) }, limit)) {
      threshold = Math.max(minScore, top[limit - 1]?.score ?? minScore);
      leastNeed = leastSharedTokens(query.length, stats.lengths, threshold);
    }
  }
  return { scored: top, stats };
}

/**
 * Insert into `top` (sorted, at most `limit`); true when `top` is full
 * afterwards, so its last entry sets the threshold.
 */
function insertTop(top: ScoredUnit[], entry: ScoredUnit, limit: number): boolean {
  if (top.length >= limit && compareScored(entry, top[top.length - 1] as ScoredUnit) >= 0) return false;
  let at = top.length;
  while (at > 0 && compareScored(entry, top[at - 1] as ScoredUnit) < 0) at--;
  top.splice(at, 0, entry);
  if (top.length > limit) top.length = limit;
  return top.length >= limit;
}

/** The largest edit distance whose score is strictly above `threshold` (-1 if none). */
function maxEditsAbove(length: number, threshold: number): number {
  const k = maxEdits(length, threshold);
  return k >= 0 && scoreOf(k, length) <= threshold ? k - 1 : k;
}

/** The least shared-token count any length of the window needs at `threshold`. */
function leastSharedTokens(queryLength: number, [nMin, nMax]: readonly [number, number], threshold: number): number {
  let least = Infinity;
  for (let n = nMin; n <= nMax; n++) {
    const longer = Math.max(queryLength, n);
    least = Math.min(least, sharedTokenLowerBound(longer, maxEdits(longer, threshold)));
  }
  return least;
}

/** Build the match of a scored unit: texts, edit script and number check. */
export function toMatch(core: MemoryCore, query: PreparedQuery, queryTokens: readonly MatchToken[], scored: ScoredUnit): TmMatch {
  const targetLang: Lang = query.lang === 'en' ? 'zh' : 'en';
  const unit = core.store.unit(scored.unit);
  const source = unit[query.lang];
  const storedTokens = tokenizeForMatch(source);
  return {
    tuid: unit.id,
    unitIndex: scored.unit,
    score: scored.score,
    lang: query.lang,
    source,
    targetLang,
    target: unit[targetLang],
    edits: editScript(queryTokens, storedTokens),
    numbersDiffer: numbersDiffer(queryTokens, storedTokens),
    ...(unit.props === undefined ? {} : { props: unit.props }),
  };
}

/** True when the number tokens of the two texts differ, in value or in order. */
export function numbersDiffer(a: readonly MatchToken[], b: readonly MatchToken[]): boolean {
  const numbers = (tokens: readonly MatchToken[]): string[] => tokens.filter((t) => t.kind === 'number').map((t) => t.key);
  const left = numbers(a);
  const right = numbers(b);
  return left.length !== right.length || left.some((key, i) => key !== right[i]);
}

/** The whole lookup: scored units turned into matches (units marked in `removed` skipped). */
export function lookupMatches(core: MemoryCore, workspace: QueryWorkspace, query: PreparedQuery, minScore: number, limit: number, removed?: Uint8Array): TmMatch[] {
  const { scored } = scoreUnits(core, workspace, query, minScore, limit, removed);
  if (scored.length === 0) return [];
  const queryTokens = tokenizeForMatch(query.text);
  return scored.map((s) => toMatch(core, query, queryTokens, s));
}
