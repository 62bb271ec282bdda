/**
 * The cost of one bead, the sum of three parts (all in nats, lower = better):
 *   bead-type prior      −log P(type)                       (../align-model.ts)
 *   length               Gale–Church −log P(length difference)  (length-cost.ts)
 *   lexical evidence     −weight · LLR(items matched / not)  (lexical-score.ts)
 * A skip (1-0, 0-1) costs its prior only: it makes no claim about lengths or words.
 */
import type { AlignModel } from '../align-model';
import type { BeadType } from '../dp/bead-type';
import { chanceMatch } from './chance-match';
import type { AlignDocument } from '../evidence/describe-document';
import type { BeadCostFunction } from '../dp/fill-table';
import { lengthCost, type LengthModel } from './length-cost';
import { type GenuineMatchRates, LexicalScore } from './lexical-score';
import { ITEM_KIND } from '../evidence/sentence-evidence';
import { type PairRanges, pairRanges } from './pair-matches';
import type { SearchBand } from '../dp/cost-table';

/**
 * A bead whose weighted length cost exceeds this (nats) is impossible. At the
 * default weight 0.5 that is a length difference beyond ~8 standard deviations,
 * which no gold bead of the dev sets comes near (the largest is 4.4).
 */
const PRUNE_LENGTH_COST = 18;

/** Cost of a bead type missing from the model's table: never chosen while another path exists. */
const UNKNOWN_TYPE_COST = 30;

/** The bead cost function of a document, and the lexical scorer behind it (if any). */
export interface BeadCost {
  readonly cost: BeadCostFunction;
  readonly lexical: LexicalScore | undefined;
}

/**
 * Build the bead cost function of a document, in DP coordinates (source/target).
 */
export function createBeadCost(
  document: AlignDocument,
  model: AlignModel,
  types: readonly BeadType[],
  options: { readonly sourceIsZh: boolean; readonly lexical: boolean; readonly band: SearchBand },
): BeadCost {
  const { zhLengths, enLengths } = document;
  const lengthModel: LengthModel = { ratio: document.lengthRatio, variance: model.lengthVariance };
  const n = options.sourceIsZh ? document.zh.length : document.en.length;
  const m = options.sourceIsZh ? document.en.length : document.zh.length;
  const maxSource = types.reduce((max, type) => Math.max(max, type.source), 1);
  const maxTarget = types.reduce((max, type) => Math.max(max, type.target), 1);
  const ranges = pairRanges(options.band, n, m, maxSource, maxTarget, options.sourceIsZh);
  const lexical = options.lexical ? createLexicalScore(document, model, ranges) : undefined;

  const weight = model.lexicalWeight;
  const sourceIsZh = options.sourceIsZh;
  const zhCounts = types.map((type) => (sourceIsZh ? type.source : type.target));
  const enCounts = types.map((type) => (sourceIsZh ? type.target : type.source));
  const priors = types.map((type, t) => {
    const prior = model.beadTypeCosts[`${zhCounts[t]}-${enCounts[t]}`] ?? UNKNOWN_TYPE_COST;
    const skip = type.source === 0 || type.target === 0;
    return skip ? prior + model.skipPenalty : prior;
  });
  const lengthWeight = model.lengthWeight;
  const cost: BeadCostFunction = (t, i, j) => {
    const prior = priors[t] as number;
    const zhCount = zhCounts[t] as number;
    const enCount = enCounts[t] as number;
    if (zhCount === 0 || enCount === 0) return prior;
    const zhTo = sourceIsZh ? i : j;
    const enTo = sourceIsZh ? j : i;
    const zhFrom = zhTo - zhCount;
    const enFrom = enTo - enCount;
    const length = lengthWeight * lengthCost((zhLengths[zhTo] as number) - (zhLengths[zhFrom] as number), (enLengths[enTo] as number) - (enLengths[enFrom] as number), lengthModel);
    // Lengths this far apart (over 8 standard deviations) never make a bead: skip the word evidence.
    if (length > PRUNE_LENGTH_COST) return Number.POSITIVE_INFINITY;
    let total = prior + length;
    if (lexical) total -= weight * lexical.llr(zhFrom, zhTo, enFrom, enTo);
    return total;
  };
  return { cost, lexical };
}

/** The lexical scorer of a document under a model. */
export function createLexicalScore(document: AlignDocument, model: AlignModel, ranges: PairRanges): LexicalScore {
  const { zh, en, concepts } = document;
  // Without a dictionary, words match only when spelt alike (a Latin word in the
  // Chinese text): the fitted word rates and the unsupported-sentence penalty
  // assume CC-CEDICT and would make every unmatched English word a reason to skip.
  const rates = document.hasLexicon ? model.genuineMatch : withoutDictionary(model.genuineMatch);
  return new LexicalScore(
    zh,
    en,
    chanceMatch(zh, en, concepts.size, model.chanceFloor),
    chanceMatch(en, zh, concepts.size, model.chanceFloor),
    rates,
    ranges,
    concepts.size,
    document.hasLexicon ? model.unsupportedPenalty : 0,
  );
}

/** Genuine match rate of a word item when no dictionary was used (0, 0.01, 0.03 and 0.1 give strict F1 within 0.005 on mac-dev and aca). */
const WORD_RATE_WITHOUT_DICTIONARY = 0.01;

function withoutDictionary(rates: GenuineMatchRates): GenuineMatchRates {
  const replaceWord = (side: readonly number[]): number[] => side.map((rate, kind) => (kind === ITEM_KIND.word ? WORD_RATE_WITHOUT_DICTIONARY : rate));
  return { zh: replaceWord(rates.zh), en: replaceWord(rates.en) };
}
