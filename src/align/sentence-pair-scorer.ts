/**
 * A reusable pair-similarity scorer: is this English text a translation of
 * this Chinese text? For pairing blocks of an article and for recovering
 * sentence pairs the monotone alignment had to skip (moved sentences).
 *
 * The score is the probability that the two texts translate each other, for
 * a pair drawn with even odds from true translations and from near misses (a
 * neighbouring sentence of the true translation, or an unrelated one): a
 * logistic function of the aligner's own evidence (lexical log-likelihood
 * ratio and Gale–Church length cost), fitted on the dev gold sets
 * (test/bench/align.md, "Pair scorer"). 0.5 means "as likely as not"; use a
 * high threshold (0.9) where a wrong pair costs more than a missed one.
 */
import type { AlignLexicon } from './align-lexicon';
import { type AlignModel, DEFAULT_ALIGN_MODEL } from './align-model';
import { type AlignDocumentOptions, alignDocumentOf, type DescribeDocumentOptions, describeTexts } from './evidence/describe-document';
import type { SentenceDescription } from './evidence/sentence-description';
import { lengthCost } from './cost/length-cost';
import { LexicalScore } from './cost/lexical-score';
import type { SentenceEvidence } from './evidence/sentence-evidence';

/** Options of {@link createSentencePairScorer}. */
export interface SentencePairScorerOptions {
  /** Prepared CC-CEDICT (`prepareAlignLexicon(loadLexicon())`). Default `undefined` (numbers, names and punctuation only). */
  readonly lexicon?: AlignLexicon | undefined;
  /** Match names by pinyin. Default `true`. */
  readonly names?: boolean;
  /** The aligner's model (genuine match rates, variance). Default {@link DEFAULT_ALIGN_MODEL}. */
  readonly model?: AlignModel;
}

/** Scores an (English, Chinese) pair: the probability, in [0, 1], that they translate each other. */
export type SentencePairScorer = (enText: string, zhText: string) => number;

/** Parameters of the pair score's logistic function, and the fixed rates it uses without a document. */
export interface PairScoreParameters {
  /** Chance match rate of an item by kind (word, number, pinyin, mark), per language: the mean over the dev sets. */
  readonly chance: { readonly zh: readonly number[]; readonly en: readonly number[] };
  /** English bytes per Chinese byte (the mean over the dev sets). */
  readonly lengthRatio: number;
  /** score = 1 / (1 + exp(−(lexical · LLR − length · lengthCost + bias))). */
  readonly lexical: number;
  readonly length: number;
  readonly bias: number;
}

/**
 * Fitted by test/bench/fit-align-model.ts on mac-dev + aca (see test/bench/align.md).
 * @example
 * // A stricter scorer: shift the bias down by 1 (odds × 1/e for every pair).
 * const strict = createSentencePairScorer({ lexicon }, { ...PAIR_SCORE_PARAMETERS, bias: PAIR_SCORE_PARAMETERS.bias - 1 });
 */
export const PAIR_SCORE_PARAMETERS: PairScoreParameters = {
  chance: { zh: [0.039, 0.016, 0.118, 0.172], en: [0.064, 0.137, 0.05, 0.213] },
  lengthRatio: 1.052,
  lexical: 0.238,
  length: 0.402,
  bias: 0.409,
};

/**
 * Create a scorer; reuse it for many pairs (the lexicon is only read).
 * @example
 * const score = createSentencePairScorer({ lexicon: prepareAlignLexicon(loadLexicon()) });
 * Number(score('The forum was held online.', '论坛以线上形式举行。').toFixed(2)) //=> 0.95
 * // A near miss that shares a word (forum ↔ 論壇) scores low, not zero:
 * Number(score('The forum was held online.', '論壇由重慶市政府外辦主任王雯主持。').toFixed(2)) //=> 0.23
 */
export function createSentencePairScorer(options: SentencePairScorerOptions = {}, parameters: PairScoreParameters = PAIR_SCORE_PARAMETERS): SentencePairScorer {
  const describeOptions = { lexicon: options.lexicon, names: options.names ?? true };
  const score = createDescribedPairScorer(options, parameters);
  return (enText, zhText) => {
    const described = describeTexts([zhText], [enText], describeOptions);
    return score(described.en[0] as SentenceDescription, described.zh[0] as SentenceDescription);
  };
}

/** Scores an (English, Chinese) pair of described sentences (see {@link createDescribedPairScorer}). */
export type DescribedPairScorer = (en: SentenceDescription, zh: SentenceDescription) => number;

/**
 * The scorer of {@link createSentencePairScorer} for sentences described
 * already (`describeTexts` with the same lexicon and `names`), for a caller
 * that scores each sentence in many pairs: the corpus describes an article
 * once. Gives exactly what the text scorer gives for the same texts.
 */
export function createDescribedPairScorer(options: SentencePairScorerOptions = {}, parameters: PairScoreParameters = PAIR_SCORE_PARAMETERS): DescribedPairScorer {
  const model = options.model ?? DEFAULT_ALIGN_MODEL;
  const documentOptions = { lexicon: options.lexicon, lengthUnit: 'bytes' as const, learnable: false };
  return (en, zh) => {
    const features = describedPairFeatures(en, zh, documentOptions, model, parameters);
    const z = parameters.lexical * features.llr - parameters.length * features.lengthCost + parameters.bias;
    return 1 / (1 + Math.exp(-z));
  };
}

/** The two features of the pair score (exported for the fit). */
export function pairFeatures(
  enText: string,
  zhText: string,
  describeOptions: DescribeDocumentOptions,
  model: AlignModel,
  parameters: PairScoreParameters,
): { llr: number; lengthCost: number } {
  const described = describeTexts([zhText], [enText], describeOptions);
  return describedPairFeatures(described.en[0] as SentenceDescription, described.zh[0] as SentenceDescription, describeOptions, model, parameters);
}

function describedPairFeatures(
  en: SentenceDescription,
  zh: SentenceDescription,
  documentOptions: AlignDocumentOptions,
  model: AlignModel,
  parameters: PairScoreParameters,
): { llr: number; lengthCost: number } {
  const document = alignDocumentOf({ zh: [zh], en: [en] }, documentOptions);
  const ranges = { lo: Int32Array.of(0), hi: Int32Array.of(0) };
  const lexical = new LexicalScore(
    document.zh,
    document.en,
    fixedChance(document.zh, parameters.chance.zh),
    fixedChance(document.en, parameters.chance.en),
    model.genuineMatch,
    ranges,
    document.concepts.size,
    model.unsupportedPenalty,
  );
  return {
    llr: lexical.llr(0, 1, 0, 1),
    lengthCost: lengthCost(document.zhLengths[1] ?? 0, document.enLengths[1] ?? 0, { ratio: parameters.lengthRatio, variance: model.lengthVariance }),
  };
}

function fixedChance(sentences: readonly SentenceEvidence[], byKind: readonly number[]): Float32Array[] {
  return sentences.map((sentence) => Float32Array.from(sentence.itemKind, (kind) => byKind[kind] ?? 0.05));
}
