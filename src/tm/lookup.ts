/**
 * Fuzzy lookup: query → candidates from the index → exact banded scoring →
 * the best `limit` matches, each with its edit script.
 */
import type { Lang } from '../types';
import { boundedEditDistance } from './bounded-edit-distance';
import { editScript } from './edit-script';
import { findCandidates, type CandidateStats } from './find-candidates';
import type { MemoryCore, QueryWorkspace } from './memory-core';
import type { PreparedQuery } from './prepare-query';
import { maxEdits, scoreOf } from './score-bound';
import type { TmMatch } from './tm-match';
import { tokenizeForMatch, type MatchToken } from './tokenize-for-match';

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
 * Every unit of the query's side that scores ≥ `minScore`, best first, cut to
 * `limit`. Exact: the candidate filter never drops a unit that qualifies.
 */
export function scoreUnits(core: MemoryCore, workspace: QueryWorkspace, query: PreparedQuery, minScore: number, limit: number): { scored: ScoredUnit[]; stats: CandidateStats } {
  const side = core.sides[query.lang];
  const ids = workspace.ids.data;
  workspace.candidates.length = 0;
  const stats = findCandidates(side, ids, query.length, query.knownLimit, minScore, workspace.counters(query.lang), workspace.candidates);
  const scored: ScoredUnit[] = [];
  const candidates = workspace.candidates.data;
  for (let c = 0; c < workspace.candidates.length; c++) {
    const unit = side.order[candidates[c] ?? 0] ?? 0;
    const from = side.tokenStart[unit] ?? 0;
    const length = (side.tokenStart[unit + 1] ?? 0) - from;
    const longer = Math.max(query.length, length);
    const allowed = maxEdits(longer, minScore);
    if (allowed < 0) continue;
    const distance = boundedEditDistance(ids, 0, query.length, side.tokens, from, length, allowed, workspace.rows);
    if (distance <= allowed) scored.push({ unit, score: scoreOf(distance, longer) });
  }
  scored.sort(compareScored);
  if (scored.length > limit) scored.length = limit;
  return { scored, stats };
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

/** The whole lookup: scored units turned into matches. */
export function lookupMatches(core: MemoryCore, workspace: QueryWorkspace, query: PreparedQuery, minScore: number, limit: number): TmMatch[] {
  const { scored } = scoreUnits(core, workspace, query, minScore, limit);
  if (scored.length === 0) return [];
  const queryTokens = tokenizeForMatch(query.text);
  return scored.map((s) => toMatch(core, query, queryTokens, s));
}
