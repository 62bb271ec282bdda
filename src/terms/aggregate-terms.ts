/**
 * Merge the proposals of all units into terms: one term per (type, English,
 * Chinese) pair, with its count, confidence, methods, units and examples,
 * split at the confidence threshold into the termbase and the review list.
 */
import type { Term, TermExample, TermType } from '../types';
import type { UnitAnalysis } from './analyze-unit';
import { analysisAt, zhSpanOf } from './analyze-unit';
import type { TermMethod, TermProposal } from './term-proposal';
import { termSnippet } from './term-snippet';

/** What aggregation needs to know. */
export interface AggregateOptions {
  readonly minConfidence: number;
  readonly maxExamples: number;
}

/** Terms above the threshold and the ones held back for review. */
export interface AggregatedTerms {
  readonly terms: Term[];
  readonly review: Term[];
}

/** Order of types in outputs. */
export const TERM_TYPE_ORDER: readonly TermType[] = ['person', 'org', 'place', 'title', 'event'];

/**
 * Each further unit's evidence counts half as much as the best one (repeated
 * evidence is not independent: the same writer makes the same choice), and a
 * second method agreeing takes 30 % off the remaining doubt. Set by hand.
 */
const FURTHER_UNIT_WEIGHT = 0.5;
const SECOND_METHOD_DOUBT = 0.7;
/** Methods that only restate another pair and so do not count as agreement. */
const DERIVED_METHODS: ReadonlySet<TermMethod> = new Set(['short-form', 'abbreviation']);
/** Confidence is never stated as certainty. */
const MAX_CONFIDENCE = 0.99;

/**
 * Aggregate proposals.
 * @example
 * // Two units each pairing "Wang Wen" with 王雯 by pinyin (score 0.9) give one term:
 * aggregateProposals(proposals, analyses, { minConfidence: 0.7, maxExamples: 3 }).terms[0]?.count //=> 2
 */
export function aggregateProposals(
  proposals: readonly TermProposal[],
  analyses: readonly UnitAnalysis[],
  options: AggregateOptions,
): AggregatedTerms {
  const groups = new Map<string, [TermProposal, ...TermProposal[]]>();
  for (const p of proposals) {
    const key = `${p.type}\t${englishKey(p.en)}\t${p.zhHans}`;
    const list = groups.get(key);
    if (list) list.push(p);
    else groups.set(key, [p]);
  }
  const all: Term[] = [];
  for (const group of groups.values()) all.push(toTerm(group, analyses, options.maxExamples));
  all.sort(compareTerms);
  return {
    terms: all.filter((t) => t.confidence >= options.minConfidence),
    review: all.filter((t) => t.confidence < options.minConfidence),
  };
}

/**
 * The key under which English forms are the same term: case, curly quotes and
 * spacing ignored.
 * @example englishKey('Chongqing Municipal People’s  Government') //=> "chongqing municipal people's government"
 */
export function englishKey(en: string): string {
  return en.replace(/[’‘]/gu, "'").replace(/\s+/gu, ' ').trim().toLowerCase();
}

function toTerm(group: readonly [TermProposal, ...TermProposal[]], analyses: readonly UnitAnalysis[], maxExamples: number): Term {
  const first = group[0];
  const bestByUnit = new Map<number, TermProposal>();
  for (const p of group) {
    const best = bestByUnit.get(p.unit);
    if (best === undefined || p.score > best.score) bestByUnit.set(p.unit, p);
  }
  const bestInUnitOrder = [...bestByUnit].sort(([a], [b]) => a - b);
  const unitIndices = bestInUnitOrder.map(([u]) => u);
  const scores = [...bestByUnit.values()].map((p) => p.score).sort((a, b) => b - a);
  // The best score counts in full, each further one at FURTHER_UNIT_WEIGHT.
  let doubt = 1;
  for (const [k, s] of scores.entries()) doubt *= 1 - (k === 0 ? s : s * FURTHER_UNIT_WEIGHT);
  const methods = [...new Set(group.map((p) => p.method))].sort();
  if (methods.filter((m) => !DERIVED_METHODS.has(m)).length >= 2) doubt *= SECOND_METHOD_DOUBT;
  const zhForms = group.map((p) => {
    const analysis = analysisAt(analyses, p.unit);
    const span = zhSpanOf(analysis, p.hansSpan);
    return analysis.unit.zh.slice(span.start, span.end);
  });
  const examples: TermExample[] = bestInUnitOrder.slice(0, maxExamples).map(([u, p]) => {
    const analysis = analysisAt(analyses, u);
    return {
      unit: analysis.unit.id,
      en: termSnippet(analysis.unit.en, p.enSpan),
      zh: termSnippet(analysis.unit.zh, zhSpanOf(analysis, p.hansSpan)),
    };
  });
  return {
    type: first.type,
    en: mostFrequent(group.map((p) => p.en)),
    zh: mostFrequent(zhForms),
    zhHans: first.zhHans,
    count: unitIndices.length,
    confidence: Math.round(Math.min(MAX_CONFIDENCE, 1 - doubt) * 1000) / 1000,
    methods,
    units: unitIndices.map((u) => analysisAt(analyses, u).unit.id),
    examples,
  };
}

/** The most frequent string; ties go to the first seen (a Map iterates in insertion order). */
function mostFrequent(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = '';
  let bestCount = 0;
  for (const [v, n] of counts) {
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

/**
 * Stable order: type, then English (case-insensitive, by code point), then
 * Simplified Chinese.
 */
export function compareTerms(a: Term, b: Term): number {
  return (
    TERM_TYPE_ORDER.indexOf(a.type) - TERM_TYPE_ORDER.indexOf(b.type) ||
    compareStrings(englishKey(a.en), englishKey(b.en)) ||
    compareStrings(a.zhHans, b.zhHans) ||
    compareStrings(a.en, b.en)
  );
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
