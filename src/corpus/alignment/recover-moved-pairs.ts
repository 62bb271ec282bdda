/**
 * Step 4 of the corpus: a monotone aligner cannot pair a sentence that the
 * translator moved (the seed's first article lists its attendees in English
 * after the captions, in Chinese before them). From the sentences the first
 * pass left unaligned, pair those that are each other's best match with a
 * pair score of at least `minScore`; the rest stay unaligned, never forced
 * into a neighbour's bead.
 */
import type { DraftUnaligned, DraftUnit } from './draft';

/** Recovered units, and what is still unaligned. */
export interface Recovery {
  readonly units: readonly DraftUnit[];
  readonly unaligned: readonly DraftUnaligned[];
}

/**
 * Articles with at most this many (unaligned English × unaligned Chinese)
 * sentence pairs compare every pair: a news article leaves a handful. Beyond
 * it each English sentence is compared with the {@link RECOVERY_WINDOW}
 * unaligned Chinese sentences nearest its relative position on each side, so
 * the cost stays linear (two unrelated 50,000-sentence texts leave everything
 * unaligned). A move farther than that in such a text is not recovered.
 */
export const ALL_PAIRS_LIMIT = 4096;

/** Unaligned sentences of the other language on each side of the diagonal compared in a large article. */
export const RECOVERY_WINDOW = 32;

/**
 * Pair unaligned English and Chinese sentences of one article that are
 * mutual best matches scoring at least `minScore`; `score(en, zh)` is the
 * pair score of the article's English sentence `en` and Chinese sentence `zh`.
 */
export function recoverMovedPairs(unaligned: readonly DraftUnaligned[], score: (en: number, zh: number) => number, minScore: number): Recovery {
  const en = unaligned.filter((u) => u.lang === 'en');
  const zh = unaligned.filter((u) => u.lang === 'zh');
  if (en.length === 0 || zh.length === 0) return { units: [], unaligned };
  const all = en.length * zh.length <= ALL_PAIRS_LIMIT;
  const width = RECOVERY_WINDOW + Math.ceil(zh.length / en.length);
  // Each English sentence's best Chinese, and each Chinese sentence's best English, over the pairs compared.
  const bestZhOf = new Int32Array(en.length).fill(-1);
  const bestZhScore = new Float64Array(en.length).fill(-Infinity);
  const bestEnOf = new Int32Array(zh.length).fill(-1);
  const bestEnScore = new Float64Array(zh.length).fill(-Infinity);
  en.forEach((e, i) => {
    const centre = Math.round((i * zh.length) / en.length);
    const from = all ? 0 : Math.max(0, centre - width);
    const to = all ? zh.length : Math.min(zh.length, centre + width + 1);
    for (let j = from; j < to; j++) {
      const s = score(e.index, zh[j]?.index ?? -1);
      // Strictly greater: on a tie the first in text order wins, on both sides.
      if (s > (bestZhScore[i] ?? -Infinity)) {
        bestZhScore[i] = s;
        bestZhOf[i] = j;
      }
      if (s > (bestEnScore[j] ?? -Infinity)) {
        bestEnScore[j] = s;
        bestEnOf[j] = i;
      }
    }
  });
  const units: DraftUnit[] = [];
  const paired = new Set<DraftUnaligned>();
  en.forEach((e, i) => {
    const j = bestZhOf[i] ?? -1;
    const z = zh[j];
    const s = bestZhScore[i] ?? 0;
    if (z === undefined || bestEnOf[j] !== i || s < minScore) return;
    units.push({ en: [e.index], zh: [z.index], confidence: s, method: 'recovered' });
    paired.add(e).add(z);
  });
  return { units, unaligned: unaligned.filter((u) => !paired.has(u)) };
}
