/**
 * The aligner's view of CC-CEDICT: for each Simplified headword, the concept
 * ids of its English translations (stems of gloss words, number values), and
 * the prefixes needed for longest-match word lookup. Built once from a loaded
 * {@link Lexicon} and passed to every alignment.
 */
import { isHanChar } from '../chinese/han-patterns';
import type { Lexicon } from '../lexicon/lexicon';
import { englishWordConcepts } from './concepts/english-word-concepts';
import { glossWords } from './lexicon/gloss-words';
import { buildWordTrie, type WordTrie } from './lexicon/match-chinese-words';

/** CC-CEDICT prepared for alignment. Immutable; share one between alignments. */
export interface AlignLexicon {
  /** Where the dictionary came from (for credits). */
  readonly source: string;
  /** Concept key (English stem, `#number`) → id. */
  readonly conceptIds: ReadonlyMap<string, number>;
  /** Simplified all-Han headword → sorted unique concept ids of its translations (may be empty). */
  readonly translations: ReadonlyMap<string, Int32Array>;
  /** Headwords with a proper-noun reading (capitalised pinyin in CC-CEDICT: 重庆 Chong2 qing4). */
  readonly properNouns: ReadonlySet<string>;
  /** The headwords as a trie, for longest-match word lookup. */
  readonly words: WordTrie;
}

/**
 * Headwords longer than this are idioms and set phrases whose glosses are
 * paraphrases; longest match would prefer them over the words inside.
 * Chosen by reading CC-CEDICT (4-character chengyu are kept).
 */
export const MAX_HEADWORD_LENGTH = 6;

/**
 * Prepare a loaded CC-CEDICT for the aligner (about 1 s; do it once).
 * @example
 * const lexicon = prepareAlignLexicon(loadLexicon()); // a few seconds: once per process
 * lexicon.translations.has('友谊') //=> true
 */
export function prepareAlignLexicon(lexicon: Lexicon): AlignLexicon {
  const conceptIds = new Map<string, number>();
  const translations = new Map<string, Int32Array>();
  const properNouns = new Set<string>();

  for (const [headword, entries] of lexicon.bySimplified) {
    if (headword.length > MAX_HEADWORD_LENGTH || !isAllHan(headword)) continue;
    const ids = new Set<number>();
    for (const entry of entries) {
      if (/^\p{Lu}/u.test(entry.pinyin)) properNouns.add(headword);
      for (const gloss of entry.glosses) {
        for (const word of glossWords(gloss)) {
          for (const key of englishWordConcepts(word)) ids.add(conceptId(conceptIds, key));
        }
      }
    }
    // Headwords without content translations (因为 "because") stay: they keep
    // longest match from splitting them into characters with noisy glosses.
    translations.set(headword, Int32Array.from(ids).sort());
  }
  return { source: lexicon.source, conceptIds, translations, properNouns, words: buildWordTrie(translations.keys()) };
}

function conceptId(ids: Map<string, number>, key: string): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = ids.size;
    ids.set(key, id);
  }
  return id;
}

function isAllHan(word: string): boolean {
  for (const char of word) if (!isHanChar(char)) return false;
  return true;
}
