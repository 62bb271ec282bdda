/**
 * How well two blocks translate each other, robust to moved sentences and to
 * blocks of different lengths: the share of the two blocks' sentences that
 * have a likely translation (pair score at least {@link SENTENCE_MATCH_SCORE})
 * in the other block. A whole-block pair score would be dragged down by one
 * moved or untranslated sentence; this counts what does match.
 */
import type { SentencePairScorer } from '../align/sentence-pair-scorer';

/** A sentence "has a translation" in the other block at this pair score: more likely than not. */
export const SENTENCE_MATCH_SCORE = 0.5;

/**
 * Similarity of an English and a Chinese block, given their sentence texts.
 * `score` is memoised by the caller when blocks are compared many times.
 * @example
 * blockSimilarity(['A.', 'B.'], ['甲。'], (en, zh) => (en === 'A.' ? 0.99 : 0.01)) //=> 2 / 3
 */
export function blockSimilarity(en: readonly string[], zh: readonly string[], score: SentencePairScorer): number {
  if (en.length === 0 || zh.length === 0) return 0;
  const enMatched = new Array<boolean>(en.length).fill(false);
  const zhMatched = new Array<boolean>(zh.length).fill(false);
  en.forEach((enText, i) => {
    zh.forEach((zhText, j) => {
      if (score(enText, zhText) >= SENTENCE_MATCH_SCORE) {
        enMatched[i] = true;
        zhMatched[j] = true;
      }
    });
  });
  const matched = enMatched.filter(Boolean).length + zhMatched.filter(Boolean).length;
  return matched / (en.length + zh.length);
}
