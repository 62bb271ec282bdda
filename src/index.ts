/**
 * bitext-tm: English–Chinese parallel text to translation memory.
 * The public API: named re-exports only, no logic.
 */
export type {
  Article,
  Bead,
  Block,
  ChineseScript,
  Document,
  Lang,
  MonolingualBlock,
  OffsetMap,
  PairedBlock,
  Paragraph,
  Point,
  Sentence,
  SourceText,
  Span,
  Term,
  TermType,
  TranslationUnit,
  UnitOrigin,
} from './types';
export type { ErrorCode, Issue, BitextErrorOptions } from './errors';
export {
  AlignError,
  BitextError,
  IngestError,
  isBitextError,
  SegmentError,
  TermsError,
  TmError,
  TmxParseError,
  TmxWriteError,
  UsageError,
} from './errors';
export { LineIndex } from './position';
export { composeOffsetMaps, identityOffsetMap, mapOffset, mapSpan, offsetMapFrom } from './offset-map';
export { detectChineseScript } from './chinese/detect-script';
export { toSimplified, toTraditional } from './chinese/convert-script';
export { simplifiedView, type SimplifiedView } from './chinese/simplified-view';
export { pinyinSyllables } from './chinese/pinyin';
export { parseLexicon, type Lexicon, type LexiconEntry } from './lexicon/lexicon';
export { defaultLexiconPath, loadLexicon } from './lexicon/load-lexicon';
export { ENGLISH_WORD, tokenizeEnglish, type Token } from './segment/tokenize-english';
export {
  CHINESE_CHAR_TOKEN,
  loadChineseWordSegmenter,
  tokenizeChineseChars,
  type ChineseWord,
  type ChineseWordSegmenter,
  type ChineseWordTag,
} from './segment/tokenize-chinese';
export {
  type AlignLexicon,
  type AlignmentPair,
  type AlignmentScore,
  type AlignModel,
  type AlignOptions,
  alignSentences,
  BEAD_LINE,
  createSentencePairScorer,
  BEAD_TYPES,
  type BeadLink,
  type BeadStep,
  type BeadType,
  type BeadTypeScore,
  beadTypeName,
  DEFAULT_ALIGN_MODEL,
  DEFAULT_ALIGN_OPTIONS,
  DEFAULT_BEAD_STEPS,
  formatBeads,
  type GenuineMatchRates,
  type LengthUnit,
  PAIR_SCORE_PARAMETERS,
  type PairScoreParameters,
  parseBeadFile,
  type PrecisionRecall,
  prepareAlignLexicon,
  SCORED_BEAD_TYPES,
  scoreAlignment,
  type SentencePairScorer,
  type SentencePairScorerOptions,
} from './align/index';
export { VERSION } from './version';
