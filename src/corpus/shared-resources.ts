/**
 * The dictionaries the main job uses by default — the shipped CC-CEDICT (raw
 * for terms, prepared for alignment) and segmentit — loaded on first use and
 * kept for the process, so `build(input)` and `buildCorpus(document)` without
 * options align exactly as `bitext-tm build` does. Nothing loads at import
 * time: a program that never builds never pays the ~3 s and ~150 MB.
 */
import { type AlignLexicon, prepareAlignLexicon } from '../align/align-lexicon';
import type { Lexicon } from '../lexicon/lexicon';
import { loadLexicon } from '../lexicon/load-lexicon';
import { type ChineseWordSegmenter, loadChineseWordSegmenter } from '../segment/tokenize-chinese';

let sharedLexicon: Lexicon | undefined;
let sharedSegmenter: ChineseWordSegmenter | undefined;
/** Prepared lexicons by the lexicon they were prepared from (a user's own lexicon is prepared once too). */
const prepared = new WeakMap<Lexicon, AlignLexicon>();

/** The shipped CC-CEDICT extract, loaded once per process. */
export function defaultLexicon(): Lexicon {
  sharedLexicon ??= loadLexicon();
  return sharedLexicon;
}

/** `lexicon` prepared for alignment, once per lexicon object. */
export function alignLexiconOf(lexicon: Lexicon): AlignLexicon {
  let alignLexicon = prepared.get(lexicon);
  if (alignLexicon === undefined) {
    alignLexicon = prepareAlignLexicon(lexicon);
    prepared.set(lexicon, alignLexicon);
  }
  return alignLexicon;
}

/** segmentit with its default dictionaries, loaded once per process. */
export function defaultSegmenter(): ChineseWordSegmenter {
  sharedSegmenter ??= loadChineseWordSegmenter();
  return sharedSegmenter;
}
