/** The corpus stage (the main job's core): public exports only. */
export { buildCorpus } from './build-corpus';
export { type CorpusOptions, DEFAULT_CORPUS_OPTIONS } from './corpus-options';
