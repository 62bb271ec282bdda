/** The corpus stage and the main job: public exports only. */
export { build } from './build';
export {
  DEFAULT_BUILD_OPTIONS,
  type BuildFile,
  type BuildIssue,
  type BuildOptions,
  type BuildProgress,
  type BuildResult,
  type BuildStage,
  type BuildStep,
} from './build-options';
export { buildCorpus } from './build-corpus';
export { type CorpusOptions, DEFAULT_CORPUS_OPTIONS } from './corpus-options';
