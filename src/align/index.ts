/** The align stage: public exports only. */
export { alignSentences } from './align-sentences';
export { type AlignOptions, DEFAULT_ALIGN_OPTIONS, type LengthUnit } from './align-options';
export { type AlignModel, DEFAULT_ALIGN_MODEL } from './align-model';
export { type AlignLexicon, prepareAlignLexicon } from './align-lexicon';
export { BEAD_TYPES, type BeadStep, type BeadType, DEFAULT_BEAD_STEPS } from './dp/bead-type';
export type { GenuineMatchRates } from './cost/lexical-score';
export { BEAD_LINE, type BeadLink, formatBeads, parseBeadFile } from './eval/bead-file';
export {
  type AlignmentPair,
  type AlignmentScore,
  type BeadTypeScore,
  beadTypeName,
  type PrecisionRecall,
  SCORED_BEAD_TYPES,
  scoreAlignment,
} from './eval/score-alignment';
export {
  createSentencePairScorer,
  PAIR_SCORE_PARAMETERS,
  type PairScoreParameters,
  type SentencePairScorer,
  type SentencePairScorerOptions,
} from './sentence-pair-scorer';
