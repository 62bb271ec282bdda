/** The corpus summary: the counts a reviewer wants first. */
import type { CorpusSummary, CorpusUnit, UnalignedSentence } from '../../types';

/** Count units, bead types, confidence and unaligned sentences. */
export function summarizeCorpus(
  articles: number,
  sentences: { readonly en: number; readonly zh: number },
  units: readonly CorpusUnit[],
  unaligned: readonly UnalignedSentence[],
  confidenceThreshold: number,
): CorpusSummary {
  const beadTypes: Record<string, number> = {};
  for (const unit of units) beadTypes[unit.origin.bead] = (beadTypes[unit.origin.bead] ?? 0) + 1;
  const mean = units.length === 0 ? 0 : units.reduce((sum, unit) => sum + unit.confidence, 0) / units.length;
  return {
    articles,
    sentences,
    units: { accepted: units.filter((u) => u.status === 'accepted').length, review: units.filter((u) => u.status === 'review').length },
    beadTypes,
    meanConfidence: Math.round(mean * 1e4) / 1e4,
    unaligned: { en: unaligned.filter((u) => u.sentence.lang === 'en').length, zh: unaligned.filter((u) => u.sentence.lang === 'zh').length },
    confidenceThreshold,
  };
}
