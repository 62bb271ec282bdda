/** The dictionaries a build uses, from its options: the shared defaults, the caller's own, or none. */
import type { AlignLexicon } from '../align/align-lexicon';
import { type Lexicon, parseLexicon } from '../lexicon/lexicon';
import type { ChineseWordSegmenter } from '../segment/tokenize-chinese';
import { type BuildOptions, DEFAULT_BUILD_OPTIONS } from './build-options';
import { alignLexiconOf, defaultLexicon, defaultSegmenter } from './shared-resources';

/** What the steps of a build read. */
export interface BuildResources {
  /** For terms (an empty lexicon when the caller chose `'none'`). */
  readonly lexicon: Lexicon;
  /** For alignment; undefined when the caller chose `'none'`. */
  readonly alignLexicon: AlignLexicon | undefined;
  readonly segmenter: ChineseWordSegmenter | undefined;
}

/** Resolve the lexicon and segmenter options (loading the shared ones on first use). */
export function resolveBuildResources(options: Pick<BuildOptions, 'lexicon' | 'segmenter'>): BuildResources {
  const lexiconOption = options.lexicon ?? DEFAULT_BUILD_OPTIONS.lexicon;
  const segmenterOption = options.segmenter ?? DEFAULT_BUILD_OPTIONS.segmenter;
  const lexicon = lexiconOption === 'none' ? parseLexicon('', 'none') : lexiconOption === 'cc-cedict' ? defaultLexicon() : lexiconOption;
  return {
    lexicon,
    alignLexicon: lexiconOption === 'none' ? undefined : alignLexiconOf(lexicon),
    segmenter: segmenterOption === 'none' ? undefined : segmenterOption === 'segmentit' ? defaultSegmenter() : segmenterOption,
  };
}
