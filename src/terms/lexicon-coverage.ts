/**
 * CC-CEDICT composition: how much of an English term the glosses of a
 * Chinese phrase's words account for, and how much of the Chinese phrase
 * those words make up. "Foreign Affairs Office of the Chongqing Municipal
 * Government" is fully covered by 重庆 (Chongqing municipality) 市政府 (city
 * government) 外办 (foreign affairs office).
 */
import type { Span } from '../types';
import type { UnitAnalysis } from './analyze-unit';
import type { EnglishWord } from './english-words';
import type { WordHit } from './find-word-hits';

/** The coverage of one Chinese extent. */
export interface Coverage {
  /** Extent in the Simplified view. */
  readonly span: Span;
  /** Share of the English words accounted for, in [0, 1]. */
  readonly english: number;
  /** Share of the Chinese characters accounted for, in [0, 1]. */
  readonly chinese: number;
  /** Harmonic mean of the two. */
  readonly score: number;
}

/**
 * Characters that need no English counterpart inside a name: 的/之 (of), 与/和/及
 * (and), 驻 (in, "consulate … in Chongqing"), and brackets and dashes.
 * @example FREE_CHARS.test('驻') //=> true
 */
export const FREE_CHARS: RegExp = /^[的之与和及驻暨·—–\-()（）]$/u;

/**
 * Characters an extent may not cross: clause and list punctuation.
 * @example EXTENT_BREAK.test('、') //=> true
 */
export const EXTENT_BREAK: RegExp = /[，,、。；;：:！？!?“”"《》\s]/u;

/** Longest Chinese extent tried, in UTF-16 code units (longer names are rare). */
const MAX_EXTENT = 40;

/**
 * Coverage of the extent `span` of the Simplified view by `hits` (only hits
 * inside the extent count).
 */
export function coverageOf(span: Span, wordCount: number, hits: readonly WordHit[], hans: string): Coverage {
  // Each English word (each hyphen part) accounts for one Chinese span, its
  // longest hit: a word cannot cover two places, so 局 and 代表处 cannot both
  // stand for one "Office". Between equally long hits, the one that overlaps
  // fewer characters already taken wins, so "Trade" takes 国际贸易 with
  // "International" and "Commerce" takes 商业, not 贸易 again.
  const inside = hits.filter((h) => h.start >= span.start && h.end <= span.end);
  const byPart = new Map<string, WordHit[]>();
  for (const hit of inside) {
    for (const p of hit.parts) {
      const key = `${hit.word}:${p}`;
      const list = byPart.get(key);
      if (list) list.push(hit);
      else byPart.set(key, [hit]);
    }
  }
  const longest = (list: readonly WordHit[]): number => Math.max(...list.map((h) => h.end - h.start));
  const parts = [...byPart].sort(([, a], [, b]) => longest(b) - longest(a));
  const covered = new Float64Array(span.end - span.start);
  const taken = new Uint8Array(span.end - span.start);
  const chosenSpans = new Map<string, Set<number>>();
  let credit = 0;
  for (const [, list] of parts) {
    const length = longest(list);
    let best: WordHit | undefined;
    let bestRank: readonly number[] = [];
    for (const hit of list) {
      if (hit.end - hit.start !== length) continue;
      let overlap = 0;
      for (const t of taken.subarray(hit.start - span.start, hit.end - span.start)) overlap += t;
      // The very span another word took comes first: one Chinese word may translate several
      // (外办 for Foreign, Affairs and Office). Then the span overlapping least; then the one
      // covering new characters ("Special … Region" of HKSAR takes 特区 after 香港 took "Hong Kong").
      const takers = chosenSpans.get(`${hit.start}:${hit.end}`);
      const sharedWithOther = takers !== undefined && [...takers].some((w) => w !== hit.word) ? 1 : 0;
      const rank = [sharedWithOther, -overlap, hit.end - hit.start - overlap];
      if (best === undefined || compareRanks(rank, bestRank) > 0) {
        best = hit;
        bestRank = rank;
      }
    }
    if (!best) continue;
    credit += 1 / best.partCount;
    const key = `${best.start}:${best.end}`;
    chosenSpans.set(key, new Set([...(chosenSpans.get(key) ?? []), best.word]));
    const charCredit = best.charCredit;
    taken.fill(1, best.start - span.start, best.end - span.start);
    const bestCovered = covered.subarray(best.start - span.start, best.end - span.start);
    for (const [k, c] of bestCovered.entries()) bestCovered[k] = Math.max(c, charCredit);
  }
  for (let i = span.start; i < span.end; i++) if (FREE_CHARS.test(hans.charAt(i))) covered[i - span.start] = 1;
  const english = wordCount === 0 ? 0 : credit / wordCount;
  const chinese = covered.reduce((a, b) => a + b, 0) / Math.max(1, span.end - span.start);
  const score = english + chinese === 0 ? 0 : (2 * english * chinese) / (english + chinese);
  return { span, english, chinese, score };
}

/** What the best extent must satisfy. */
export interface ExtentConstraint {
  /** Indices (into the words) of the head: a hit for one of them must end the extent. */
  readonly headWords: readonly number[];
  /** Checks beyond coverage that an extent must pass (names on both sides, 驻 direction). */
  readonly accept?: ((span: Span) => boolean) | undefined;
}

/**
 * The best Chinese extent for the English words: spans from a hit's start
 * to a hit's end, not crossing clause punctuation, whose last hit accounts
 * for a head word (Chinese puts the head last). Ties go to the longer extent.
 */
export function bestExtent(
  words: readonly EnglishWord[],
  hits: readonly WordHit[],
  analysis: UnitAnalysis,
  constraint: ExtentConstraint,
): Coverage | undefined {
  const hans = analysis.hans;
  const headSet = new Set(constraint.headWords);
  const headHits = hits.filter((h) => headSet.size === 0 || headSet.has(h.word));
  const ends = [...new Set(headHits.map((h) => h.end))];
  const starts = [...new Set(hits.map((h) => h.start))];
  let best: Coverage | undefined;
  for (const end of ends) {
    for (const start of starts) {
      if (start >= end || end - start > MAX_EXTENT) continue;
      if (EXTENT_BREAK.test(hans.slice(start, end))) continue;
      if (FREE_CHARS.test(hans.charAt(start))) continue;
      if (!headEndsExtent(start, end, headHits, analysis)) continue;
      // An extent never starts inside a word (义 of 主义, 商 of 工商会).
      if (crossesStart(start, end, analysis)) continue;
      // An extent that cuts a word matching the term is never right (澳 of 港澳 for "Macao").
      if (hits.some((h) => (h.start < start && h.end > start) || (h.start < end && h.end > end))) continue;
      const coverage = coverageOf({ start, end }, words.length, hits, hans);
      if (best !== undefined && !better(coverage, best)) continue;
      if (constraint.accept && !constraint.accept(coverage.span)) continue;
      best = coverage;
    }
  }
  return best;
}

/**
 * The extent's last word must be a head hit: the longest lexicon word ending
 * at the extent's end (and inside it) has to be one of the head's hits, so
 * 主办 "to host" cannot pass for an "Office" because it ends in 办.
 */
function headEndsExtent(start: number, end: number, headHits: readonly WordHit[], analysis: UnitAnalysis): boolean {
  let longest: { start: number; end: number } | undefined;
  for (const hit of analysis.lexiconHits) {
    if (hit.end === end && hit.start >= start && (!longest || hit.start < longest.start)) longest = hit;
  }
  if (!longest) return headHits.some((h) => h.end === end && h.start >= start);
  return headHits.some((h) => h.end === end && h.start <= longest.start && h.start >= start);
}

/** True when a lexicon word of two characters or more starts before the extent and ends inside it (府 of 市政府). */
function crossesStart(start: number, end: number, analysis: UnitAnalysis): boolean {
  return analysis.lexiconHits.some((h) => h.start < start && h.end > start && h.end <= end && h.end - h.start >= 2);
}

/** Higher score wins; at equal score the longer extent (常委会 over 常委). */
function better(a: Coverage, b: Coverage): boolean {
  if (Math.abs(a.score - b.score) > 1e-9) return a.score > b.score;
  return a.span.end - a.span.start > b.span.end - b.span.start;
}

/** Lexicographic comparison of two equally long rank vectors (higher is better). */
function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (const [i, x] of a.entries()) {
    const y = b[i];
    if (y === undefined) throw new Error('Expected rank vectors of equal length.');
    if (x !== y) return x - y;
  }
  return 0;
}
