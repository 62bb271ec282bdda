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
export {
  CHINESE_CHAR_TOKEN,
  DEFAULT_SPLIT_OPTIONS,
  ENGLISH_WORD,
  loadChineseWordSegmenter,
  segmentParagraph,
  splitSentences,
  tokenizeChineseChars,
  tokenizeEnglish,
  type ChineseWord,
  type ChineseWordSegmenter,
  type ChineseWordTag,
  type SplitOptions,
  type SplitSentence,
  type Token,
} from './segment/index';
export { VERSION } from './version';
