/** The Chinese–English dictionary shared by alignment and term extraction. */

/** One CC-CEDICT entry. */
export interface LexiconEntry {
  readonly simplified: string;
  readonly traditional: string;
  /** Numbered-tone pinyin as in CC-CEDICT, e.g. `wai4 ban4`. */
  readonly pinyin: string;
  /** English glosses, e.g. `['foreign affairs office']`. */
  readonly glosses: readonly string[];
}

/** A loaded dictionary, indexed by Simplified headword. */
export interface Lexicon {
  /** Entries by Simplified headword (several entries may share one). */
  readonly bySimplified: ReadonlyMap<string, readonly LexiconEntry[]>;
  /** Length in UTF-16 code units of the longest headword. */
  readonly maxWordLength: number;
  /** Where the data came from, for credits and reproducibility. */
  readonly source: string;
}

/**
 * Parse lexicon text in the format of `data/cedict.tsv.gz` (after gunzip):
 * `simplified \t traditional \t pinyin \t gloss/gloss`, `#` lines are comments.
 * @example
 * parseLexicon('外办\t外辦\twai4 ban4\tforeign affairs office').bySimplified.get('外办')?.[0]?.glosses
 * //=> ['foreign affairs office']
 */
export function parseLexicon(text: string, source = 'inline'): Lexicon {
  const bySimplified = new Map<string, LexiconEntry[]>();
  let maxWordLength = 0;
  for (const line of text.split('\n')) {
    if (line.length === 0 || line.startsWith('#')) continue;
    const [simplified, traditional, pinyin, glosses] = line.split('\t');
    if (simplified === undefined || traditional === undefined || pinyin === undefined || glosses === undefined) continue;
    const entry: LexiconEntry = { simplified, traditional, pinyin, glosses: glosses.split('/') };
    const list = bySimplified.get(simplified);
    if (list) list.push(entry);
    else bySimplified.set(simplified, [entry]);
    if (simplified.length > maxWordLength) maxWordLength = simplified.length;
  }
  return { bySimplified, maxWordLength, source };
}
