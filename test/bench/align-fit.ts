/**
 * Fitting the aligner's model on gold alignments, in general terms only:
 * bead-type frequencies, the variance of the length difference, and the
 * genuine match rate of each kind of evidence item. No parameter is tuned to
 * individual sentences, and the bench checks each fit on the other set.
 */
import type { AlignLexicon } from '../../src/align/align-lexicon';
import { type AlignModel, DEFAULT_ALIGN_MODEL } from '../../src/align/align-model';
import type { LengthUnit } from '../../src/align/align-options';
import { createLexicalScore } from '../../src/align/cost/bead-cost';
import { describeDocument } from '../../src/align/evidence/describe-document';
import { pairRanges } from '../../src/align/cost/pair-matches';
import { fullBand } from '../../src/align/dp/search-band';
import { ITEM_KIND } from '../../src/align/evidence/sentence-evidence';
import type { GoldText } from './align-data';

/** The bead types the model knows, in Chinese-count-English-count terms. */
const MODEL_TYPES = ['1-1', '1-2', '2-1', '2-2', '1-3', '3-1', '1-4', '4-1', '1-0', '0-1'];

/** Gold beads of a text in Chinese/English terms. */
function zhEnBeads(text: GoldText): { zh: readonly number[]; en: readonly number[] }[] {
  return text.gold.map((bead) => (text.sourceLang === 'zh' ? { zh: bead.source, en: bead.target } : { zh: bead.target, en: bead.source }));
}

/**
 * Fit the general parameters on `texts`; the rest (lexical weight, chance
 * floor, temperature) comes from `base`.
 */
export function fitAlignModel(texts: readonly GoldText[], lexicon: AlignLexicon, base: AlignModel = DEFAULT_ALIGN_MODEL, lengthUnit: LengthUnit = 'bytes'): AlignModel {
  // Bead-type priors: frequencies with add-one smoothing. Gold types the DP
  // cannot produce (2-3, 1-5, …) are left out of the count.
  const typeCounts = new Map(MODEL_TYPES.map((type) => [type, 1]));
  let lengthSum = 0;
  let lengthCount = 0;
  const kinds = Object.keys(ITEM_KIND).length;
  const counts = { zh: zeroCounts(kinds), en: zeroCounts(kinds) };
  for (const text of texts) {
    const [zhTexts, enTexts] = text.sourceLang === 'zh' ? [text.source, text.target] : [text.target, text.source];
    const document = describeDocument(zhTexts, enTexts, { lexicon, names: true, lengthUnit, learnable: false });
    const n = text.source.length;
    const m = text.target.length;
    const lexical = createLexicalScore(document, base, pairRanges(fullBand(n, m), n, m, 1, 1, text.sourceLang === 'zh'));
    for (const bead of zhEnBeads(text)) {
      const type = `${bead.zh.length}-${bead.en.length}`;
      if (typeCounts.has(type)) typeCounts.set(type, (typeCounts.get(type) ?? 0) + 1);
      if (bead.zh.length === 0 || bead.en.length === 0 || !isRange(bead.zh) || !isRange(bead.en)) continue;
      const zhFrom = bead.zh[0] as number;
      const zhTo = (bead.zh.at(-1) as number) + 1;
      const enFrom = bead.en[0] as number;
      const enTo = (bead.en.at(-1) as number) + 1;
      if (bead.zh.length === 1 && bead.en.length === 1) {
        // Gale & Church's s², with the mean length as length-cost.ts uses it (in `lengthUnit`).
        const zhLength = (document.zhLengths[zhTo] as number) - (document.zhLengths[zhFrom] as number);
        const enLength = (document.enLengths[enTo] as number) - (document.enLengths[enFrom] as number);
        const mean = (zhLength + enLength / document.lengthRatio) / 2 + 1;
        lengthSum += (enLength - document.lengthRatio * zhLength) ** 2 / mean;
        lengthCount++;
      }
      lexical.forEachItem(zhFrom, zhTo, enFrom, enTo, (side, kind, matched, chance) => {
        const entry = counts[side][kind];
        if (!entry) return;
        entry.items++;
        entry.matched += matched ? 1 : 0;
        entry.chance += chance;
      });
    }
  }
  const total = [...typeCounts.values()].reduce((a, b) => a + b, 0);
  const beadTypeCosts: Record<string, number> = {};
  for (const [type, count] of typeCounts) beadTypeCosts[type] = round(-Math.log(count / total));
  const rate = (c: { items: number; matched: number; chance: number }): number =>
    c.items - c.chance > 0 ? round(Math.max(0.001, (c.matched - c.chance) / (c.items - c.chance))) : 0;
  return {
    ...base,
    beadTypeCosts,
    lengthVariance: round(lengthSum / Math.max(1, lengthCount)),
    genuineMatch: { zh: counts.zh.map(rate), en: counts.en.map(rate) },
  };
}

function zeroCounts(kinds: number): { items: number; matched: number; chance: number }[] {
  return Array.from({ length: kinds }, () => ({ items: 0, matched: 0, chance: 0 }));
}

function isRange(indices: readonly number[]): boolean {
  return indices.every((value, k) => k === 0 || value === (indices[k - 1] as number) + 1);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
