/**
 * The term pairs under review: the build's termbase and review list, with the
 * reviewers' decisions (confirm, reject, edit) applied by pair, in order.
 */
import { toSimplified } from '../chinese/convert-script';
import type { Term } from '../types';
import type { TermRef } from './review-decision';
import type { DecisionContext } from './review-state';
import type { DecisionOutcome } from './unit-decisions';

/** A term pair during review. */
export interface ReviewTerm {
  readonly term: Term;
  /** Where the build put it: the termbase, or the list held back for review. */
  readonly list: 'terms' | 'review';
  readonly decision?: { readonly state: 'confirmed' | 'rejected'; readonly by: string; readonly at: string };
}

/** The method name added to a pair a reviewer confirmed or corrected, so outputs show it. */
export const REVIEW_METHOD = 'review';

/**
 * The key of a term pair.
 * @example termKey({ type: 'person', en: 'Wang Wen', zh: '王雯' }) //=> 'person|Wang Wen|王雯'
 */
export function termKey(term: TermRef): string {
  return `${term.type}|${term.en}|${term.zh}`;
}

/** Term pairs in the build's order (termbase, then review list), and decisions on them. */
export class TermReview {
  readonly entries: ReviewTerm[];
  private readonly index: Map<string, number>;

  constructor(entries: readonly ReviewTerm[]) {
    this.entries = [...entries];
    this.index = new Map(this.entries.map((entry, i) => [termKey(entry.term), i]));
  }

  static of(terms: { readonly terms: readonly Term[]; readonly review: readonly Term[] }): TermReview {
    return new TermReview([...terms.terms.map((term) => ({ term, list: 'terms' as const })), ...terms.review.map((term) => ({ term, list: 'review' as const }))]);
  }

  clone(): TermReview {
    return new TermReview(this.entries);
  }

  confirm(ref: TermRef, context: DecisionContext): DecisionOutcome {
    return this.decide(ref, 'confirmed', context);
  }

  reject(ref: TermRef, context: DecisionContext): DecisionOutcome {
    return this.decide(ref, 'rejected', context);
  }

  /** Correct a pair: it takes the new forms and counts as confirmed. */
  edit(ref: TermRef, to: TermRef, context: DecisionContext): DecisionOutcome {
    const at = this.find(ref);
    if (typeof at !== 'number') return at;
    const entry = this.entries[at] as ReviewTerm;
    const newKey = termKey(to);
    if (newKey !== termKey(ref) && this.index.has(newKey)) return { failure: 'invalid', message: `Expected a pair not yet in the termbase, found ${to.en} → ${to.zh} (${to.type}) there already: confirm that one and reject this one.` };
    const term: Term = { ...entry.term, type: to.type, en: to.en.trim(), zh: to.zh.trim(), zhHans: toSimplified(to.zh.trim()), methods: withReviewMethod(entry.term.methods) };
    this.index.delete(termKey(ref));
    this.index.set(termKey(term), at);
    this.entries[at] = { ...entry, term, decision: { state: 'confirmed', by: context.by, at: context.at } };
    return { notes: [] };
  }

  private decide(ref: TermRef, state: 'confirmed' | 'rejected', context: DecisionContext): DecisionOutcome {
    const at = this.find(ref);
    if (typeof at !== 'number') return at;
    const entry = this.entries[at] as ReviewTerm;
    const term = state === 'confirmed' ? { ...entry.term, methods: withReviewMethod(entry.term.methods) } : entry.term;
    this.entries[at] = { ...entry, term, decision: { state, by: context.by, at: context.at } };
    return { notes: [] };
  }

  private find(ref: TermRef): number | { failure: 'stale'; message: string } {
    const at = this.index.get(termKey(ref));
    return at ?? { failure: 'stale', message: `The term pair ${ref.en} → ${ref.zh} (${ref.type}) is no longer in the termbase (it changed since the decision).` };
  }
}

function withReviewMethod(methods: readonly string[]): string[] {
  return methods.includes(REVIEW_METHOD) ? [...methods] : [...methods, REVIEW_METHOD];
}
