/**
 * Step 1 of alignment: describe every sentence of both sides (evidence items
 * and lengths), in Chinese/English terms whatever the direction. Two halves:
 * describing the texts (document-independent, sentence-description.ts) and
 * placing the descriptions in the text pair (resolve-evidence.ts).
 */
import type { AlignLexicon } from '../align-lexicon';
import type { LengthUnit } from '../align-options';
import { ConceptIndex } from '../concepts/concept-index';
import { analyzeChineseTexts } from './analyze-chinese-texts';
import { describeChineseSentence } from './describe-chinese-sentence';
import { describeContext, MAX_EVIDENCE_UNITS } from './describe-context';
import { describeEnglishSentence } from './describe-english-sentence';
import { type PairIds, resolveChineseEvidence, resolveEnglishEvidence } from './resolve-evidence';
import type { DescribedTexts } from './sentence-description';
import type { SentenceEvidence } from './sentence-evidence';
import { at } from '../../checked';

/** Both sides of a text pair, described for alignment. */
export interface AlignDocument {
  readonly zh: readonly SentenceEvidence[];
  readonly en: readonly SentenceEvidence[];
  /** Prefix sums of sentence lengths: zhLengths[k] is the length of sentences 0 … k − 1. */
  readonly zhLengths: Float64Array;
  readonly enLengths: Float64Array;
  /** Expected English length per unit of Chinese length in this text pair. */
  readonly lengthRatio: number;
  readonly concepts: ConceptIndex;
  /** Whether words were looked up in a dictionary (without one, words match only by spelling). */
  readonly hasLexicon: boolean;
}

/** What {@link describeDocument} needs besides the texts. */
export interface DescribeDocumentOptions extends DescribeTextsOptions, AlignDocumentOptions {}

/** What describing texts needs: the lexicon and whether to look for names. */
export interface DescribeTextsOptions {
  readonly lexicon: AlignLexicon | undefined;
  readonly names: boolean;
}

/** What placing described sentences in a text pair needs. */
export interface AlignDocumentOptions {
  /** The lexicon the sentences were described with. */
  readonly lexicon: AlignLexicon | undefined;
  readonly lengthUnit: LengthUnit;
  /** Add the concepts a learned lexicon needs (second pass). */
  readonly learnable: boolean;
}

/**
 * Describe both sides of a text pair. The length ratio is estimated from the
 * whole text pair (total English length over total Chinese length): it
 * differs by genre (1.14 bytes/byte on the literary dev set, 0.98 on the
 * academic one).
 */
export function describeDocument(zhTexts: readonly string[], enTexts: readonly string[], options: DescribeDocumentOptions): AlignDocument {
  // Each description is placed as soon as it is made: a long text never holds all of them at once.
  const context = describeContext(options.lexicon, options.names);
  const ids = pairIds(options);
  // English first: it holds the name keys the Chinese side then keeps.
  const en = enTexts.map((text) => resolveEnglishEvidence(describeEnglishSentence(text, context), ids));
  const analyses = analyzeChineseTexts(zhTexts.map((text) => text.slice(0, MAX_EVIDENCE_UNITS)), options.names);
  const zh = zhTexts.map((text, k) => resolveChineseEvidence(describeChineseSentence(text, context, analyses[k]), ids));
  return documentOf(zh, en, ids, options);
}

/**
 * Describe sentences of both languages, independently of the text pairs they
 * will be aligned or scored in (see sentence-description.ts): describe a text
 * once, then place any selection of its sentences in a pair with
 * {@link alignDocumentOf}.
 */
export function describeTexts(zhTexts: readonly string[], enTexts: readonly string[], options: DescribeTextsOptions): DescribedTexts {
  const context = describeContext(options.lexicon, options.names);
  const en = enTexts.map((text) => describeEnglishSentence(text, context));
  const analyses = analyzeChineseTexts(zhTexts.map((text) => text.slice(0, MAX_EVIDENCE_UNITS)), options.names);
  const zh = zhTexts.map((text, k) => describeChineseSentence(text, context, analyses[k]));
  return { zh, en };
}

/**
 * {@link describeTexts} with each Chinese sentence analysed on its own, as the
 * pair scorer reads a sentence pair. Not the same as one batch: pinyin-pro
 * reads some characters by their neighbours across the batch (重 as chong or
 * zhong), which moves a name key.
 */
export function describeEach(zhTexts: readonly string[], enTexts: readonly string[], options: DescribeTextsOptions): DescribedTexts {
  const context = describeContext(options.lexicon, options.names);
  const en = enTexts.map((text) => describeEnglishSentence(text, context));
  const zh = zhTexts.map((text) => describeChineseSentence(text, context));
  return { zh, en };
}

/**
 * Place described sentences in one text pair: concept ids, evidence items and
 * lengths, as describing the pair's texts gives them.
 */
export function alignDocumentOf(described: DescribedTexts, options: AlignDocumentOptions): AlignDocument {
  const ids = pairIds(options);
  // English first: it holds the name keys the Chinese side then keeps.
  const en = described.en.map((sentence) => resolveEnglishEvidence(sentence, ids));
  const zh = described.zh.map((sentence) => resolveChineseEvidence(sentence, ids));
  return documentOf(zh, en, ids, options);
}

function pairIds(options: AlignDocumentOptions): PairIds {
  return { concepts: new ConceptIndex(options.lexicon), nameKeys: new Map(), learnable: options.learnable };
}

function documentOf(zh: SentenceEvidence[], en: SentenceEvidence[], ids: PairIds, options: AlignDocumentOptions): AlignDocument {
  const zhLengths = prefixSums(zh, options.lengthUnit);
  const enLengths = prefixSums(en, options.lengthUnit);
  const lengthRatio = (at(enLengths, en.length, 'describeDocument: English length') + 1) / (at(zhLengths, zh.length, 'describeDocument: Chinese length') + 1);
  return { zh, en, zhLengths, enLengths, lengthRatio, concepts: ids.concepts, hasLexicon: options.lexicon !== undefined };
}

function prefixSums(sentences: readonly SentenceEvidence[], unit: LengthUnit): Float64Array {
  const sums = new Float64Array(sentences.length + 1);
  sentences.forEach((sentence, k) => {
    sums[k + 1] = at(sums, k, 'prefixSums') + sentence.lengths[unit];
  });
  return sums;
}
