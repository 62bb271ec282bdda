/**
 * A proposal: one pairing method's claim that, in one unit, an English span
 * and a Chinese span are the same term. Proposals are merged into terms by
 * `aggregateProposals`.
 */
import type { Span, TermType } from '../types';

/**
 * The pairing methods. `pinyin`: a romanised name spelled by the characters'
 * readings; `transliteration`: a foreign name whose sounds match a Chinese
 * transliteration; `appositive`: "Name, Title of Org" ↔ "Org Title Name";
 * `cedict`: the English words found in the CC-CEDICT glosses of the Chinese
 * words; `association`: the two co-occur in the corpus's units and nowhere
 * apart; `short-form`: a Chinese form without its leading place name
 * (市政府外办 for 重庆市政府外办); `abbreviation`: an acronym defined in
 * brackets ("… Foreign Countries (CPAFFC)").
 */
export type TermMethod = 'pinyin' | 'transliteration' | 'appositive' | 'cedict' | 'association' | 'short-form' | 'abbreviation';

/** One method's claim about one unit. */
export interface TermProposal {
  readonly type: TermType;
  readonly en: string;
  /** Simplified form (the analysis view). */
  readonly zhHans: string;
  /** Index of the unit in the input list. */
  readonly unit: number;
  readonly method: TermMethod;
  /** Strength of this one piece of evidence, in [0, 1]. */
  readonly score: number;
  /** Span of the English term in the unit's `en`. */
  readonly enSpan: Span;
  /** Span of the Chinese term in the unit's Simplified view. */
  readonly hansSpan: Span;
}
