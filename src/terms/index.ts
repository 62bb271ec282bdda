/** The terms stage: bilingual termbase extraction, TSV, lookup. Re-exports only. */
export {
  DEFAULT_EXTRACT_TERMS_OPTIONS,
  extractTerms,
  type ExtractTermsOptions,
  type ExtractTermsResult,
  type ExtractTermsTuning,
} from './extract-terms';
export { createTermbase, type TermMatch, type Termbase } from './termbase/create-termbase';
export type { TermEntry } from './termbase/group-entries';
export { serializeTermsTsv, TERMS_TSV_COLUMNS } from './io/serialize-terms-tsv';
export { parseTermsTsv } from './io/parse-terms-tsv';
export { parseTbx } from './io/parse-tbx';
export type { LinkMethod as TermMethod } from './links/link';
