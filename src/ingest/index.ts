/** The ingest stage: raw bilingual text → Document. Re-exports only. */
export { decodeText, type DecodeTextOptions } from './decode/decode-text';
export { detectTextLanguage } from './language/detect-text-language';
export { ingest } from './ingest';
export { DEFAULT_INGEST_OPTIONS, type IngestInput, type IngestOptions, type SourcePair } from './ingest-options';
