/**
 * The dictionaries of the main job, loaded on first use and kept for the
 * process (a CLI run builds once; in-process tests build many times).
 */
import { prepareAlignLexicon } from '../align/align-lexicon';
import { loadLexicon } from '../lexicon/load-lexicon';
import { loadChineseWordSegmenter } from '../segment/tokens/tokenize-chinese';
import type { BuildResources } from './build-outputs';

let loaded: BuildResources | undefined;

/** CC-CEDICT (raw and prepared for alignment) and segmentit. About 3 s the first time. */
export function loadBuildResources(): BuildResources {
  if (!loaded) {
    const lexicon = loadLexicon();
    loaded = { lexicon, alignLexicon: prepareAlignLexicon(lexicon), segmenter: loadChineseWordSegmenter() };
  }
  return loaded;
}
