/** The terms stage: bilingual termbase extraction, TSV, lookup. Re-exports only. */
export {
  DEFAULT_EXTRACT_TERMS_OPTIONS,
  extractTerms,
  type ExtractTermsOptions,
  type ExtractTermsResult,
  type ExtractTermsTuning,
} from './extract-terms';
export { createTermbase, type TermMatch, type Termbase } from './create-termbase';
export { serializeTermsTsv, TERMS_TSV_COLUMNS } from './serialize-terms-tsv';
export { parseTermsTsv } from './parse-terms-tsv';
export type { TermMethod } from './term-proposal';
