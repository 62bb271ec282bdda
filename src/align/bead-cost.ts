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
  options: { readonly sourceIsZh: boolean; readonly lexical: boolean },
): BeadCostFunction {
  const { zhLengths, enLengths } = document;
  const lengthModel: LengthModel = { ratio: document.lengthRatio, variance: model.lengthVariance };
  const lexical = options.lexical ? createLexicalScore(document, model) : undefined;
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
    let cost = prior + lengthWeight * lengthCost((zhLengths[zhTo] as number) - (zhLengths[zhFrom] as number), (enLengths[enTo] as number) - (enLengths[enFrom] as number), lengthModel);
    if (lexical) cost -= weight * lexical.llr(zhFrom, zhTo, enFrom, enTo);
    return cost;
  };
}

/** The lexical scorer of a document under a model. */
export function createLexicalScore(document: AlignDocument, model: AlignModel): LexicalScore {
  const { zh, en, concepts } = document;
  return new LexicalScore(
    zh,
    en,
    chanceMatch(zh, en, concepts.size, model.chanceFloor),
    chanceMatch(en, zh, concepts.size, model.chanceFloor),
    model.genuineMatch,
  );
}
