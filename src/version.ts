/**
 * The package version, written into TMX headers and `--version`. Keep equal to package.json (a test checks).
 * @example
 * // corpus: from buildCorpus (examples/build-corpus.ts)
 * corpus.generator === `bitext-tm ${VERSION}` //=> true
 */
export const VERSION = '0.1.0';
