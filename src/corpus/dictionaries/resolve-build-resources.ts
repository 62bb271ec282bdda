/** The dictionary a build uses, from its options: the shared default, the caller's own, or none. */
import type { AlignLexicon } from '../../align/align-lexicon';
import { type Lexicon, parseLexicon } from '../../lexicon/lexicon';
import { type BuildOptions, DEFAULT_BUILD_OPTIONS } from '../build-options';
import { alignLexiconOf, defaultLexicon } from './shared-resources';

/** What the steps of a build read. */
export interface BuildResources {
  /** For terms (an empty lexicon when the caller chose `'none'`). */
  readonly lexicon: Lexicon;
  /** For alignment; undefined when the caller chose `'none'`. */
  readonly alignLexicon: AlignLexicon | undefined;
}

/** Resolve the lexicon option (loading the shared one on first use). */
export function resolveBuildResources(options: Pick<BuildOptions, 'lexicon'>): BuildResources {
  const lexiconOption = options.lexicon ?? DEFAULT_BUILD_OPTIONS.lexicon;
  const lexicon = lexiconOption === 'none' ? parseLexicon('', 'none') : lexiconOption === 'cc-cedict' ? defaultLexicon() : lexiconOption;
  return { lexicon, alignLexicon: lexiconOption === 'none' ? undefined : alignLexiconOf(lexicon) };
}
