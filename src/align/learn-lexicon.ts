/**
 * A lexicon learned from the first pass (Moore 2002's second pass, with
 * association scores in place of IBM Model 1): Chinese words and English
 * concepts that keep occurring in the same beads. It finds what CC-CEDICT
 * cannot: names translated by meaning (韦小宝 ↔ Trinket), the book's own
 * vocabulary, the translator's habits.
 */
import type { SentenceEvidence } from './sentence-evidence';

/** A bead of the first pass, in Chinese/English terms. */
export interface TrainingBead {
  readonly zh: readonly number[];
  readonly en: readonly number[];
}

/** Options of {@link learnLexicon}. */
export interface LearnLexiconOptions {
  /** A pair must occur together in at least this many beads. */
  readonly minCount: number;
  /** And its Dice coefficient 2·c(w,e) / (c(w) + c(e)) must be at least this. */
  readonly minDice: number;
}

/**
 * Learn English concept → Chinese word concepts from beads. The result maps an
 * English concept id to the `zh:` word concept ids it translates.
 * @example learnLexicon(beads, zh, en, isWord, { minCount: 2, minDice: 0.3 }).get(trinket) //=> [wei]
 */
export function learnLexicon(
  beads: readonly TrainingBead[],
  zh: readonly SentenceEvidence[],
  en: readonly SentenceEvidence[],
  isChineseWord: (concept: number) => boolean,
  options: LearnLexiconOptions,
): Map<number, number[]> {
  const wordCount = new Map<number, number>();
  const enCount = new Map<number, number>();
  const pairCount = new Map<number, number>();
  const PAIR_KEY = 2 ** 24; // concept ids stay below 2^24 (the lexicon has ~31k)
  for (const bead of beads) {
    const words = conceptsOf(bead.zh, zh, isChineseWord);
    const concepts = conceptsOf(bead.en, en, () => true);
    for (const w of words) wordCount.set(w, (wordCount.get(w) ?? 0) + 1);
    for (const e of concepts) enCount.set(e, (enCount.get(e) ?? 0) + 1);
    for (const w of words) {
      for (const e of concepts) {
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
    const dice = (2 * count) / ((wordCount.get(w) ?? 0) + (enCount.get(e) ?? 0));
    if (dice < options.minDice) continue;
    const list = learned.get(e);
    if (list) list.push(w);
    else learned.set(e, [w]);
  }
  return learned;
}

function conceptsOf(sentences: readonly number[], evidence: readonly SentenceEvidence[], keep: (concept: number) => boolean): Set<number> {
  const set = new Set<number>();
  for (const s of sentences) for (const c of evidence[s]?.concepts ?? []) if (keep(c)) set.add(c);
  return set;
}
