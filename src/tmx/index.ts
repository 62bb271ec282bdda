/**
 * The tmx stage: TMX ↔ translation units. Re-exports only.
 *
 * Its parts, one sub-folder each:
 *   scan/   the reader's chunk scanner: bytes → text, strict XML of one `<tu>` at a time, TmxUnit built
 *   read/   parseTmx (a document in memory) and readTmx (a stream), their options
 *   units/  TmxUnit ↔ the pipeline's English–Chinese TranslationUnit: language tags, provenance props
 *   write/  the streaming unit writer (serializeTmx) and the lossless document writer (serializeTmxDocument)
 * Beside this file: tmx-unit.ts (the document as data, shared by all parts) and set-own.ts.
 */
export { parseTmx, type ParsedTmx } from './read/parse-tmx';
export { readTmx, type TmxReader, type TmxSource } from './read/read-tmx';
export { DEFAULT_TMX_PARSE_OPTIONS, type TmxParseOptions } from './read/tmx-parse-options';
export type { TmxDocument, TmxHeader, TmxNote, TmxProp, TmxUde, TmxUnit, TmxVariant } from './tmx-unit';
export {
  DEFAULT_TO_TRANSLATION_UNIT_OPTIONS,
  toTranslationUnit,
  type ConvertedUnit,
  type ToTranslationUnitOptions,
} from './units/to-translation-unit';
export { parseTranslationUnits, type TranslationUnitReadOptions } from './units/parse-translation-units';
export { readTranslationUnits, type TranslationUnitReader } from './units/read-translation-units';
export { chineseScriptOfTag, isChineseTag, isEnglishTag } from './units/lang-tags';
export { PROVENANCE_PROP_TYPES } from './units/provenance-props';
export { serializeTmx, type SerializedTmx } from './write/serialize-tmx';
export { createTmxWriter, type TmxWriter, type TmxWriteStats } from './write/create-tmx-writer';
export { DEFAULT_TMX_WRITE_OPTIONS, type ChineseTmxLang, type TmxWriteOptions } from './write/tmx-write-options';
export { formatTmxDate } from './write/tmx-prolog';
export {
  createTmxDocumentWriter,
  type TmxDocumentWriteOptions,
  type TmxDocumentWriter,
  type TmxDocumentWriteStats,
} from './write/create-tmx-document-writer';
export { serializeTmxDocument, type SerializedTmxDocument } from './write/serialize-tmx-document';
