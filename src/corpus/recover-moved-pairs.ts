/**
 * Step 4 of the corpus: a monotone aligner cannot pair a sentence that the
 * translator moved (the seed's first article lists its attendees in English
 * after the captions, in Chinese before them). From the sentences the first
 * pass left unaligned, pair those that are each other's best match with a
 * pair score of at least `minScore`; the rest stay unaligned, never forced
 * into a neighbour's bead.
 */
import type { SentencePairScorer } from '../align/sentence-pair-scorer';
import type { ArticleSentences } from './collect-sentences';
import type { DraftUnaligned, DraftUnit } from './draft';

/** Recovered units, and what is still unaligned. */
export interface Recovery {
  readonly units: readonly DraftUnit[];
  readonly unaligned: readonly DraftUnaligned[];
}

/**
 * Pair unaligned English and Chinese sentences of one article that are
 * mutual best matches scoring at least `minScore`.
 */
export function recoverMovedPairs(article: ArticleSentences, unaligned: readonly DraftUnaligned[], score: SentencePairScorer, minScore: number): Recovery {
  const en = unaligned.filter((u) => u.lang === 'en');
  const zh = unaligned.filter((u) => u.lang === 'zh');
  if (en.length === 0 || zh.length === 0) return { units: [], unaligned };
  const scores = en.map((e) => zh.map((z) => score(article.en[e.index]?.text ?? '', article.zh[z.index]?.text ?? '')));
  const bestZhOf = scores.map((row) => argMax(row));
  const bestEnOf = zh.map((_, j) => argMax(scores.map((row) => row[j] ?? 0)));
  const units: DraftUnit[] = [];
  const paired = new Set<DraftUnaligned>();
  en.forEach((e, i) => {
    const j = bestZhOf[i] ?? -1;
    const z = zh[j];
    const s = scores[i]?.[j] ?? 0;
    if (z === undefined || bestEnOf[j] !== i || s < minScore) return;
    units.push({ en: [e.index], zh: [z.index], confidence: s, method: 'recovered' });
    paired.add(e).add(z);
  });
  return { units, unaligned: unaligned.filter((u) => !paired.has(u)) };
}

function argMax(values: readonly number[]): number {
  let best = -1;
  let bestValue = -Infinity;
  values.forEach((value, i) => {
    if (value > bestValue) {
      best = i;
      bestValue = value;
    }
  });
  return best;
}
