/** The one-screen summary `bitext-tm build` prints on stderr after the document summary. */
import type { ExtractTermsResult } from '../../terms/extract-terms';
import type { Corpus } from '../../types';

/**
 * Units, bead types, unaligned sentences and terms, in a few lines.
 */
export function summarizeCorpusRun(corpus: Corpus, terms: ExtractTermsResult): string {
  const s = corpus.summary;
  const beads = Object.entries(s.beadTypes)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, n]) => `${type} ${n}`)
    .join(', ');
  const byType = new Map<string, number>();
  for (const term of terms.terms) byType.set(term.type, (byType.get(term.type) ?? 0) + 1);
  const types = [...byType].sort(([a], [b]) => a.localeCompare(b)).map(([type, n]) => `${type} ${n}`).join(', ');
  return [
    `sentences: ${s.sentences.en} en, ${s.sentences.zh} zh`,
    `units: ${s.units.accepted} in the TMX, ${s.units.review} to review (confidence < ${s.confidenceThreshold}), mean confidence ${s.meanConfidence.toFixed(2)}`,
    `bead types (en-zh): ${beads || 'none'}`,
    `unaligned sentences: ${s.unaligned.en} en, ${s.unaligned.zh} zh`,
    `terms: ${terms.terms.length}${types ? ` (${types})` : ''}, ${terms.review.length} to review`,
  ].join('\n');
}
