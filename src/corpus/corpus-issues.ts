/**
 * The corpus stage's issues: what stayed out of the TMX, placed in the input,
 * so a reviewer can walk them as `file:line:column` like every other issue.
 */
import type { Issue } from '../errors';
import type { Corpus } from '../types';
import type { SourcePlaces } from './output/source-places';

/** One warning per sentence left unaligned and per unit held back for review, in corpus order. */
export function corpusIssues(corpus: Corpus, places: SourcePlaces): Issue[] {
  const issues: Issue[] = [];
  for (const unit of corpus.units) {
    if (unit.status !== 'review') continue;
    issues.push({
      severity: 'warning',
      code: 'CORPUS_LOW_CONFIDENCE_UNIT',
      message: `Expected a confidence of at least ${corpus.summary.confidenceThreshold} for the TMX, found ${unit.confidence} for unit "${unit.id}" (${unit.origin.bead}); it is listed for review.`,
      ...places.ofUnit(unit, 'en'),
    });
  }
  for (const { sentence, reason } of corpus.unaligned) {
    issues.push({
      severity: 'warning',
      code: 'CORPUS_UNALIGNED_SENTENCE',
      message: `Left the ${sentence.lang === 'en' ? 'English' : 'Chinese'} sentence ${sentence.id} unaligned: ${reason}.`,
      ...places.at(sentence.source, sentence.span),
    });
  }
  return issues;
}
