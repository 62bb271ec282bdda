/**
 * How well two blocks translate each other, robust to moved sentences and to
 * blocks of different lengths: the share of the two blocks' sentences that
 * have a likely translation (pair score at least {@link SENTENCE_MATCH_SCORE})
 * in the other block. A whole-block pair score would be dragged down by one
 * moved or untranslated sentence; this counts what does match.
 */
/** A sentence "has a translation" in the other block at this pair score: more likely than not. */
export const SENTENCE_MATCH_SCORE = 0.5;

/**
 * Blocks with at most this many sentence pairs are compared pair by pair (a
 * news paragraph pair has a few dozen); larger ones only within
 * {@link SIMILARITY_WINDOW} sentences of the diagonal, so the cost stays
 * linear in the blocks' length (two halves of a 50,000-sentence file are two blocks).
 */
export const ALL_PAIRS_LIMIT = 1024;

/** Sentences on either side of the diagonal compared in a large block pair. */
export const SIMILARITY_WINDOW = 16;

/**
 * Similarity of an English and a Chinese block, given their sentences (the
 * corpus gives article indices) and a pair score of two sentences; each pair
 * compared is scored once.
 * @example
 * blockSimilarity(['A.', 'B.'], ['甲。'], (en, zh) => (en === 'A.' ? 0.99 : 0.01)) //=> 2 / 3
 */
export function blockSimilarity<E, Z>(en: readonly E[], zh: readonly Z[], score: (en: E, zh: Z) => number): number {
  if (en.length === 0 || zh.length === 0) return 0;
  const enMatched = new Uint8Array(en.length);
  const zhMatched = new Uint8Array(zh.length);
  const all = en.length * zh.length <= ALL_PAIRS_LIMIT;
  const width = SIMILARITY_WINDOW + Math.ceil(zh.length / en.length);
  en.forEach((enSentence, i) => {
    const centre = Math.round((i * zh.length) / en.length);
    const from = all ? 0 : Math.max(0, centre - width);
    const to = all ? zh.length : Math.min(zh.length, centre + width + 1);
    for (let j = from; j < to; j++) {
      if (score(enSentence, zh[j] as Z) >= SENTENCE_MATCH_SCORE) {
        enMatched[i] = 1;
        zhMatched[j] = 1;
      }
    }
  });
  let matched = 0;
  for (const flag of enMatched) matched += flag;
  for (const flag of zhMatched) matched += flag;
  return matched / (en.length + zh.length);
}
