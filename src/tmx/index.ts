/** The tmx stage: TMX ↔ translation units. Re-exports only. */
export { parseTmx, type ParsedTmx } from './parse-tmx';
export { readTmx, type TmxReader, type TmxSource } from './read-tmx';
export { DEFAULT_TMX_PARSE_OPTIONS, type TmxParseOptions } from './tmx-parse-options';
export type { TmxDocument, TmxHeader, TmxNote, TmxProp, TmxUde, TmxUnit, TmxVariant } from './tmx-unit';
export {
  DEFAULT_TO_TRANSLATION_UNIT_OPTIONS,
  toTranslationUnit,
  type ConvertedUnit,
  type ToTranslationUnitOptions,
} from './to-translation-unit';
export { parseTranslationUnits, type TranslationUnitReadOptions } from './parse-translation-units';
export { readTranslationUnits, type TranslationUnitReader } from './read-translation-units';
export { chineseScriptOfTag, isChineseTag, isEnglishTag } from './lang-tags';
export { PROVENANCE_PROP_TYPES } from './provenance-props';
export { serializeTmx, type SerializedTmx } from './serialize-tmx';
export { createTmxWriter, type TmxWriter, type TmxWriteStats } from './create-tmx-writer';
export { DEFAULT_TMX_WRITE_OPTIONS, type ChineseTmxLang, type TmxWriteOptions } from './tmx-write-options';
export { formatTmxDate } from './tmx-prolog';
export {
  createTmxDocumentWriter,
  type TmxDocumentWriteOptions,
  type TmxDocumentWriter,
  type TmxDocumentWriteStats,
} from './create-tmx-document-writer';
export { serializeTmxDocument, type SerializedTmxDocument } from './serialize-tmx-document';
