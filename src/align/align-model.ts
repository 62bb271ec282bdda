/**
 * The statistical model of the aligner: bead-type priors, the length model's
 * variance, the genuine match rates of evidence items, and how the parts are
 * weighted. Every default is fitted on the dev sets in general terms (type
 * frequencies, length variance, match rates — never individual sentences) by
 * test/bench/fit-align-model.ts; see test/bench/align.md for the numbers,
 * for what was fitted on which set, and for the cross-set check.
 */
import type { GenuineMatchRates } from './cost/lexical-score';

/** Parameters of the alignment model. */
export interface AlignModel {
  /**
   * −log prior probability of each bead type, keyed `zhCount-enCount` (so one
   * table serves zh→en and en→zh). Types missing here cannot be used.
   */
  readonly beadTypeCosts: Readonly<Record<string, number>>;
  /** Gale & Church's s²: variance of the length difference per byte of length. */
  readonly lengthVariance: number;
  /** Weight of the length cost. */
  readonly lengthWeight: number;
  /** Extra cost of a skip (1-0, 0-1). */
  readonly skipPenalty: number;
  /**
   * Penalty (nats of LLR, before the lexical weight) for a sentence of a bead
   * that has at least 3 evidence items and not one of them matched. On the dev
   * gold such sentences are 5× more common among neighbours wrongly glued to a
   * bead (32%) than among true members of many-to-one beads (6%): the item
   * terms alone, being independent, under-rate that.
   */
  readonly unsupportedPenalty: number;
  /** Chance that a true translation shows an item's concept, by item kind, per language. */
  readonly genuineMatch: GenuineMatchRates;
  /**
   * Weight of the lexical log-likelihood ratio. 0.5 because both sides count
   * the same links (a Chinese word matched by an English word, and that English
   * word matched back); confirmed by a sweep (test/bench/align.md).
   */
  readonly lexicalWeight: number;
  /**
   * Lowest chance match rate of an item. Caps the reward of a single rare
   * match (log(q / floor)), so one accidental hit cannot outweigh the rest.
   */
  readonly chanceFloor: number;
  /**
   * Temperature of the bead posteriors used as confidence: > 1 softens an
   * over-confident model (naive Bayes sums correlated evidence).
   */
  readonly temperature: number;
}

/**
 * The fitted model: `npm run fit:align` (test/bench/fit-align-model.ts) on
 * mac-dev + aca; numbers and the cross-set check in test/bench/align.md.
 * @example
 * // Change one parameter, keep the fitted rest:
 * alignSentences(en, zh, { model: { ...DEFAULT_ALIGN_MODEL, temperature: 2 } })
 */
export const DEFAULT_ALIGN_MODEL: AlignModel = {
  // Counted: −log of the gold bead-type frequencies (Chinese-English counts), add-one smoothed.
  beadTypeCosts: {
    '1-1': 0.284,
    '1-2': 1.977,
    '2-1': 3.195,
    '2-2': 4.551,
    '1-3': 3.4,
    '3-1': 5.978,
    '1-4': 4.243,
    '4-1': 7.77,
    '1-0': 5.467,
    '0-1': 6.16,
  },
  // Counted: Gale & Church's s² on gold 1-1 beads, UTF-8 bytes, ratio per text pair.
  lengthVariance: 4.808,
  // Grids on strict F1 over mac-dev and aca, each as it is and with 5% untranslated
  // sentences added (test/bench/align-untranslated.ts):
  // length weight of 0.5, 0.7, 1 — the counted variance over-weights length in the Viterbi decision;
  lengthWeight: 0.5,
  // skip penalty of −2, 0, 2 — like Vecalign's deletion penalty, set from data;
  skipPenalty: 0,
  // unsupported-sentence penalty of 0, 1, 2.
  unsupportedPenalty: 1,
  // Counted: (match rate − chance rate) / (1 − chance rate) on gold beads, by item kind
  // (word, number, pinyin, mark); English has no pinyin items. A Chinese pinyin item exists only
  // when the English side holds one of its name keys, hence its high rate.
  genuineMatch: { zh: [0.303, 0.78, 0.752, 0.778], en: [0.495, 0.688, 0, 0.709] },
  // Grid on strict F1 (0.4, 0.5, 0.6); 0.5 is also what double counting predicts.
  lexicalWeight: 0.5,
  // Chosen (0.002 and 0.01 give the same F1 within 0.001).
  chanceFloor: 0.005,
  // Lowest log loss of confidence against strict correctness (0.75 … 3).
  temperature: 1.5,
};
