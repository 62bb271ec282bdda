/**
 * The dictionary the main job uses by default — the shipped CC-CEDICT, raw
 * for terms and prepared for alignment — loaded on first use and kept for the
 * process, so `build(input)` and `buildCorpus(document)` without options align
 * exactly as `bitext-tm build` does. Nothing loads at import time: a program
 * that never builds never pays the second and ~100 MB.
 */
import { type AlignLexicon, prepareAlignLexicon } from '../../align/align-lexicon';
import type { Lexicon } from '../../lexicon/lexicon';

export { defaultLexicon } from '../../lexicon/default-lexicon';

/** Prepared lexicons by the lexicon they were prepared from (a user's own lexicon is prepared once too). */
const prepared = new WeakMap<Lexicon, AlignLexicon>();

/** `lexicon` prepared for alignment, once per lexicon object. */
export function alignLexiconOf(lexicon: Lexicon): AlignLexicon {
  let alignLexicon = prepared.get(lexicon);
  if (alignLexicon === undefined) {
    alignLexicon = prepareAlignLexicon(lexicon);
    prepared.set(lexicon, alignLexicon);
  }
  return alignLexicon;
}
