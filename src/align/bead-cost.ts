/**
 * The cost of one bead, the sum of three parts (all in nats, lower = better):
 *   bead-type prior      −log P(type)                       (align-model.ts)
 *   length               Gale–Church −log P(length difference)  (length-cost.ts)
 *   lexical evidence     −weight · LLR(items matched / not)  (lexical-score.ts)
 * A skip (1-0, 0-1) costs its prior only: it makes no claim about lengths or words.
 */
import type { AlignModel } from './align-model';
import type { BeadType } from './bead-type';
import { chanceMatch } from './chance-match';
import type { AlignDocument } from './describe-document';
import type { BeadCostFunction } from './fill-table';
import { lengthCost, type LengthModel } from './length-cost';
import { LexicalScore } from './lexical-score';
import { type PairRanges, pairRanges } from './pair-matches';
import type { SearchBand } from './cost-table';

/**
 * A bead whose weighted length cost exceeds this (nats) is impossible. At the
 * default weight 0.5 that is a length difference beyond ~8 standard deviations,
 * which no gold bead of the dev sets comes near (the largest is 4.4).
 */
const PRUNE_LENGTH_COST = 18;

/** Cost of a bead type missing from the model's table: never chosen while another path exists. */
const UNKNOWN_TYPE_COST = 30;

/**
 * Build the bead cost function of a document, in DP coordinates (source/target).
 * @example createBeadCost(document, DEFAULT_ALIGN_MODEL, types, { sourceIsZh: true, lexical: true })(0, 1, 1) //=> 1.7
 */
export function createBeadCost(
  document: AlignDocument,
  model: AlignModel,
  types: readonly BeadType[],
  options: { readonly sourceIsZh: boolean; readonly lexical: boolean; readonly band: SearchBand },
): BeadCostFunction {
  const { zhLengths, enLengths } = document;
  const lengthModel: LengthModel = { ratio: document.lengthRatio, variance: model.lengthVariance };
  const n = options.sourceIsZh ? document.zh.length : document.en.length;
  const m = options.sourceIsZh ? document.en.length : document.zh.length;
  const maxSource = Math.max(1, ...types.map((type) => type.source));
  const maxTarget = Math.max(1, ...types.map((type) => type.target));
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
  return (t, i, j) => {
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
    let cost = prior + length;
    if (lexical) cost -= weight * lexical.llr(zhFrom, zhTo, enFrom, enTo);
    return cost;
  };
}

/** The lexical scorer of a document under a model. */
export function createLexicalScore(document: AlignDocument, model: AlignModel, ranges: PairRanges): LexicalScore {
  const { zh, en, concepts } = document;
  return new LexicalScore(
    zh,
    en,
    chanceMatch(zh, en, concepts.size, model.chanceFloor),
    chanceMatch(en, zh, concepts.size, model.chanceFloor),
    model.genuineMatch,
    ranges,
    concepts.size,
    model.unsupportedPenalty,
  );
}
