/**
 * Running the aligner on gold texts for the benchmark and the fit, with the
 * descriptions cached so that many model settings can be compared quickly.
 * This calls the same steps as alignSentences (describe, anchors, band, DP,
 * confidence); the bench checks that both give the same beads.
 */
import type { AlignLexicon } from '../../src/align/align-lexicon';
import type { AlignModel } from '../../src/align/align-model';
import { alignBand } from '../../src/align/dp/align-band';
import { createBeadCost } from '../../src/align/cost/bead-cost';
import { BEAD_TYPES, DEFAULT_BEAD_STEPS } from '../../src/align/dp/bead-type';
import type { BeadLink } from '../../src/align/eval/bead-file';
import { beadConfidence } from '../../src/align/dp/confidence';
import type { SearchBand } from '../../src/align/dp/cost-table';
import { type AlignDocument, describeDocument } from '../../src/align/evidence/describe-document';
import { findAnchors } from '../../src/align/anchors/find-anchors';
import { estimateLengthRatio } from '../../src/align/anchors/length-ratio';
import { bandAroundPath } from '../../src/align/dp/search-band';
import type { GoldText } from './align-data';

/** A gold text described once. */
export interface PreparedText {
  readonly text: GoldText;
  readonly document: AlignDocument;
  readonly band: SearchBand;
  readonly sourceIsZh: boolean;
}

/** Describe a gold text and find its anchor band (as alignSentences does with default options). */
export function prepareText(text: GoldText, lexicon: AlignLexicon | undefined): PreparedText {
  const sourceIsZh = text.sourceLang === 'zh';
  const [zh, en] = sourceIsZh ? [text.source, text.target] : [text.target, text.source];
  const described = describeDocument(zh, en, { lexicon, names: true, lengthUnit: 'bytes', learnable: false });
  const anchors = findAnchors(described.zh, described.en, { maxPostings: 50, minScore: 6 });
  const document = { ...described, lengthRatio: estimateLengthRatio(described, anchors) };
  const path = anchors.flatMap((a) => {
    const [i, j] = sourceIsZh ? [a.zh, a.en] : [a.en, a.zh];
    return [[i, j], [i + 1, j + 1]] as [number, number][];
  });
  return { text, document, sourceIsZh, band: bandAroundPath(path, text.source.length, text.target.length, 8) };
}

/** Beads with confidence, for one prepared text under `model`. */
export function alignPrepared(prepared: PreparedText, model: AlignModel): (BeadLink & { confidence: number })[] {
  const types = DEFAULT_BEAD_STEPS.map((step) => BEAD_TYPES[step]);
  const { text, document, sourceIsZh, band } = prepared;
  const pass = alignBand(text.source.length, text.target.length, types, createBeadCost(document, model, types, { sourceIsZh, lexical: true, band }).cost, band);
  const confidence = beadConfidence(pass, types, model.temperature);
  return pass.beads.map((bead, k) => ({ source: bead.source, target: bead.target, confidence: confidence[k] ?? 0 }));
}
