/**
 * A review in progress: the state after every save so far, to which the next
 * save applies. `applyReview` replays a review file through one; the review
 * server keeps one open and applies each save the page sends.
 */
import type { Issue } from '../errors';
import type { Corpus, CorpusUnit, Term } from '../types';
import type { ReviewDecision, ReviewSave } from './review-decision';
import { initialState, type ReviewBase } from './review-base';
import { reviewedCorpus } from './review-corpus';
import type { DecisionContext, ReviewState } from './review-state';
import { TermEvidence } from './term-evidence';
import { TermReview, type ReviewTerm } from './term-review';
import { applyUnitDecision, type DecisionFailure, type DecisionOutcome } from './unit-decisions';
import { appendAll } from '../append-all';

/** Why a save was refused: which decision failed, and how. */
export interface SaveFailure extends DecisionFailure {
  /** 0-based index of the decision in the save. */
  readonly index: number;
}

/** A term pair with its reviewed evidence and where it stands now. */
export interface ReviewedTerm {
  readonly term: Term;
  readonly status: 'termbase' | 'review' | 'confirmed' | 'rejected' | 'unsupported';
}

/** The review of one corpus; see the file comment. */
export class ReviewSession {
  readonly base: ReviewBase;
  /** The number of saves applied. */
  revision = 0;
  state: ReviewState;
  termReview: TermReview | undefined;
  private readonly baseUnits: ReadonlyMap<string, CorpusUnit>;

  constructor(base: ReviewBase) {
    this.base = base;
    this.state = initialState(base);
    this.termReview = base.terms === undefined ? undefined : TermReview.of(base.terms);
    this.baseUnits = new Map(base.corpus.units.map((unit) => [unit.id, unit]));
  }

  /**
   * Apply a save whole or not at all: the first decision that cannot apply
   * leaves the review as it was and is returned. Notes (e.g. an edit a split
   * discarded) come back on success.
   */
  applyStrict(save: ReviewSave): { notes: Issue[] } | SaveFailure {
    const saved = { state: this.state.clone(), terms: this.termReview?.clone() };
    const notes: Issue[] = [];
    for (const [index, decision] of save.decisions.entries()) {
      const outcome = this.applyDecision(decision, save);
      if ('failure' in outcome) {
        this.state = saved.state;
        this.termReview = saved.terms;
        return { ...outcome, index };
      }
      appendAll(notes, outcome.notes);
    }
    this.revision = save.revision;
    return { notes };
  }

  /**
   * Apply what still applies of a save: each decision that does not is
   * reported (REVIEW_STALE_DECISION) and skipped. Used to replay a review
   * file on a corpus that may have been rebuilt since.
   */
  applyLenient(save: ReviewSave, where: Pick<Issue, 'file' | 'place'> = {}): { applied: number; issues: Issue[] } {
    const issues: Issue[] = [];
    let applied = 0;
    for (const [index, decision] of save.decisions.entries()) {
      const outcome = this.applyDecision(decision, save);
      if ('failure' in outcome) {
        issues.push({ severity: 'warning', code: 'REVIEW_STALE_DECISION', message: `Decision ${index + 1} of save ${save.revision} (${decision.op}, ${save.who}, ${save.at}) was not applied: ${outcome.message}`, ...where });
      } else {
        applied++;
        for (const note of outcome.notes) issues.push({ ...note, ...where });
      }
    }
    this.revision = save.revision;
    return { applied, issues };
  }

  /** The reviewed corpus. */
  corpus(): Corpus {
    return reviewedCorpus(this.base.corpus, this.state);
  }

  /** Every term pair of the build, with its status and evidence now. */
  reviewedTerms(): ReviewedTerm[] | undefined {
    if (this.termReview === undefined) return undefined;
    const evidence = new TermEvidence(this.baseUnits, this.state);
    return this.termReview.entries.map((entry) => reviewedTerm(entry, evidence));
  }

  /** The termbase and review list for the outputs, when terms are reviewed. */
  terms(): { terms: Term[]; review: Term[] } | undefined {
    const reviewed = this.reviewedTerms();
    if (reviewed === undefined) return undefined;
    const termbase = reviewed.filter((t) => t.status === 'termbase' || t.status === 'confirmed').map((t) => t.term);
    // The build sorts by type first; a pair confirmed from the review list joins the end of its type.
    const typeOrder = ['person', 'org', 'place', 'title', 'event'];
    const sorted = termbase.map((term, i) => ({ term, i })).sort((a, b) => typeOrder.indexOf(a.term.type) - typeOrder.indexOf(b.term.type) || a.i - b.i);
    return { terms: sorted.map((t) => t.term), review: reviewed.filter((t) => t.status === 'review').map((t) => t.term) };
  }

  private applyDecision(decision: ReviewDecision, save: ReviewSave): DecisionOutcome {
    const context: DecisionContext = { by: save.who, at: save.at };
    switch (decision.op) {
      case 'confirm-term':
      case 'reject-term':
      case 'edit-term': {
        if (this.termReview === undefined) return { failure: 'invalid', message: 'Expected a termbase to review, found none.' };
        if (decision.op === 'confirm-term') return this.termReview.confirm(decision.term, context);
        if (decision.op === 'reject-term') return this.termReview.reject(decision.term, context);
        return this.termReview.edit(decision.term, decision.to, context);
      }
      default:
        return applyUnitDecision(this.state, decision, context);
    }
  }
}

function reviewedTerm(entry: ReviewTerm, evidence: TermEvidence): ReviewedTerm {
  if (entry.decision?.state === 'rejected') return { term: entry.term, status: 'rejected' };
  const term = evidence.recount(entry.term);
  if (entry.decision?.state === 'confirmed') return { term, status: 'confirmed' };
  if (term.count === 0) return { term, status: 'unsupported' };
  return { term, status: entry.list === 'terms' ? 'termbase' : 'review' };
}
