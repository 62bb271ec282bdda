/**
 * Within one unit, when two English spans, one inside the other, pair with the
 * very same Chinese span, only the better pair is kept: "Belarusian Chamber"
 * and "Belarusian Chamber of Commerce and Industry" both land on 白俄罗斯工商会,
 * and the longer one explains it fully; "Southwest University of Political
 * Science and Law and Laos" explains 西南政法大学 worse than the shorter name.
 */
import type { Span } from '../types';
import type { TermProposal } from './term-proposal';

/**
 * Drop the weaker of nested pairs that share a Chinese span (ties go to the
 * longer English).
 * @example dropNestedPairs([short, long]).map((p) => p.en) //=> ['Belarusian Chamber of Commerce and Industry']
 */
export function dropNestedPairs(proposals: readonly TermProposal[]): TermProposal[] {
  return proposals.filter(
    (p) =>
      !proposals.some(
        (q) =>
          q !== p &&
          q.unit === p.unit &&
          q.type === p.type &&
          sameSpan(q.hansSpan, p.hansSpan) &&
          !sameSpan(q.enSpan, p.enSpan) &&
          nested(q.enSpan, p.enSpan) &&
          (q.score > p.score || (q.score === p.score && length(q.enSpan) > length(p.enSpan))),
      ),
  );
}

function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

function nested(a: Span, b: Span): boolean {
  return (a.start <= b.start && a.end >= b.end) || (b.start <= a.start && b.end >= a.end);
}

function length(span: Span): number {
  return span.end - span.start;
}
