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
  TermExample,
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
export {
  decodeText,
  DEFAULT_INGEST_OPTIONS,
  detectTextLanguage,
  ingest,
  type IngestInput,
  type IngestOptions,
  type SourcePair,
} from './ingest/index';
export {
  chineseScriptOfTag,
  createTmxWriter,
  DEFAULT_TMX_PARSE_OPTIONS,
  DEFAULT_TMX_WRITE_OPTIONS,
  DEFAULT_TO_TRANSLATION_UNIT_OPTIONS,
  isChineseTag,
  isEnglishTag,
  parseTmx,
  parseTranslationUnits,
  PROVENANCE_PROP_TYPES,
  readTmx,
  readTranslationUnits,
  formatTmxDate,
  serializeTmx,
  toTranslationUnit,
  type ChineseTmxLang,
  type ConvertedUnit,
  type SerializedTmx,
  type TmxWriteOptions,
  type TmxWriter,
  type TmxWriteStats,
  type ParsedTmx,
  type TmxDocument,
  type TmxHeader,
  type TmxNote,
  type TmxParseOptions,
  type TmxProp,
  type TmxReader,
  type TmxSource,
  type TmxUnit,
  type TmxVariant,
  type ToTranslationUnitOptions,
  type TranslationUnitReader,
  type TranslationUnitReadOptions,
} from './tmx/index';
export {
  DEFAULT_PARALLEL_TEXT_EXPORT_OPTIONS,
  DEFAULT_TSV_EXPORT_OPTIONS,
  escapeTsvField,
  exportParallelText,
  exportTsv,
  LINE_BREAKS,
  TSV_COLUMNS,
  tsvRow,
  type ChineseConversion,
  type ParallelText,
  type ParallelTextExportOptions,
  type TsvExportOptions,
  DEFAULT_TBX_OPTIONS,
  serializeTbx,
  type TbxOptions,
} from './export/index';
export {
  createTermbase,
  DEFAULT_EXTRACT_TERMS_OPTIONS,
  extractTerms,
  parseTermsTsv,
  serializeTermsTsv,
  TERMS_TSV_COLUMNS,
  type ExtractTermsOptions,
  type ExtractTermsResult,
  type ExtractTermsTuning,
  type TermMatch,
  type TermMethod,
  type Termbase,
} from './terms/index';
export { VERSION } from './version';
