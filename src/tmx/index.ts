/** The tmx stage: TMX ↔ translation units. Re-exports only. */
export { parseTmx, type ParsedTmx } from './parse-tmx';
export { readTmx, type TmxReader, type TmxSource } from './read-tmx';
export { DEFAULT_TMX_PARSE_OPTIONS, type TmxParseOptions } from './tmx-parse-options';
export type { TmxDocument, TmxHeader, TmxNote, TmxProp, TmxUnit, TmxVariant } from './tmx-unit';
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
