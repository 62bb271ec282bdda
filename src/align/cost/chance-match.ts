/**
 * The chance that an evidence item is matched by a sentence that is NOT its
 * translation: the fraction of the other side's sentences holding one of the
 * item's concepts (assumed independent). Common words ("to be", "one") match
 * everywhere and so prove little; a rare name or number proves much.
 */
import type { SentenceEvidence } from '../evidence/sentence-evidence';

/**
 * For every item of every sentence of `side`, the chance that a random
 * sentence of `other` matches it, at least `floor`.
 */
export function chanceMatch(
  side: readonly SentenceEvidence[],
  other: readonly SentenceEvidence[],
  conceptCount: number,
  floor: number,
): Float32Array[] {
  const documentFrequency = new Int32Array(conceptCount);
  for (const sentence of other) for (const concept of sentence.concepts) documentFrequency[concept] = (documentFrequency[concept] ?? 0) + 1;
  const total = Math.max(1, other.length);
  return side.map((sentence) => {
    const logMiss = new Float64Array(sentence.itemCount);
    for (let c = 0; c < sentence.concepts.length; c++) {
      const frequency = documentFrequency[sentence.concepts[c] ?? 0] ?? 0;
      if (frequency === 0) continue;
      const miss = Math.log(Math.max(1e-9, 1 - frequency / total));
      for (let x = sentence.conceptItemStart[c] ?? 0; x < (sentence.conceptItemStart[c + 1] ?? 0); x++) {
        const item = sentence.conceptItems[x] ?? 0;
        logMiss[item] = (logMiss[item] ?? 0) + miss;
      }
    }
    return Float32Array.from(logMiss, (l) => Math.max(floor, 1 - Math.exp(l)));
  });
}
