/**
 * A lexicon learned from the first pass (Moore 2002's second pass, with an
 * association score in place of IBM Model 1): Chinese words and English
 * concepts that keep occurring in the same confident beads while nothing else
 * explains them. It can find what CC-CEDICT cannot: names translated by
 * meaning (韦小宝 ↔ Trinket), the book's own vocabulary, the translator's habits.
 *
 * Only the residue is counted: Chinese words and English items that the
 * dictionary, numbers and names left unmatched in their bead (explaining away,
 * as IBM Model 1's EM does for words its other links already explain).
 */

/** The unmatched Chinese words and English concepts of one confident bead. */
export interface ResidualBead {
  /** `zh:` word concept ids of the Chinese items left unmatched. */
  readonly words: ReadonlySet<number>;
  /** Concept ids of the English items left unmatched. */
  readonly concepts: ReadonlySet<number>;
}

/** Options of {@link learnLexicon}. */
export interface LearnLexiconOptions {
  /** A pair must occur together in at least this many beads. */
  readonly minCount: number;
  /** And its Dice coefficient 2·c(w,e) / (c(w) + c(e)) must be at least this. */
  readonly minDice: number;
}

/**
 * Learn Chinese word concept → English concepts from the residue of beads.
 */
export function learnLexicon(beads: readonly ResidualBead[], options: LearnLexiconOptions): Map<number, number[]> {
  const wordCount = new Map<number, number>();
  const conceptCount = new Map<number, number>();
  const pairCount = new Map<number, number>();
  const PAIR_KEY = 2 ** 24; // concept ids stay below 2^24 (the lexicon has ~31k)
  // Counting: a key not seen yet counts 0, so `?? 0` is the normal case here, not a silenced bug.
  for (const bead of beads) {
    for (const w of bead.words) wordCount.set(w, (wordCount.get(w) ?? 0) + 1);
    for (const e of bead.concepts) conceptCount.set(e, (conceptCount.get(e) ?? 0) + 1);
    for (const w of bead.words) {
      for (const e of bead.concepts) {
        const key = w * PAIR_KEY + e;
        pairCount.set(key, (pairCount.get(key) ?? 0) + 1);
      }
    }
  }
  const learned = new Map<number, number[]>();
  for (const [key, count] of pairCount) {
    if (count < options.minCount) continue;
    const w = Math.floor(key / PAIR_KEY);
    const e = key - w * PAIR_KEY;
    const dice = (2 * count) / ((wordCount.get(w) ?? 0) + (conceptCount.get(e) ?? 0));
    if (dice < options.minDice) continue;
    const list = learned.get(w);
    if (list) list.push(e);
    else learned.set(w, [e]);
  }
  return learned;
}
