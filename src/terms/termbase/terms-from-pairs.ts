/**
 * Corpus pairs to terms: each pair with its confidence, its type, the forms
 * as the text writes them (the English most often used, the Chinese in its
 * original script), the units that have it and a few examples.
 */
import { mapSpan } from '../../offset-map';
import type { Term, TermExample } from '../../types';
import type { CorpusPair } from '../pairs/collect-pairs';
import { pairConfidence, type ConfidenceModel } from '../pairs/confidence-model';
import { bestOccurrence, pairFeatures } from '../pairs/pair-features';
import { termSnippet } from './term-snippet';
import type { TermUnit } from '../units/analyze-term-unit';
import { termType } from './term-type';

/** Confidence is never stated as certainty, nor to more than three decimals. */
const MAX_CONFIDENCE = 0.999;

/**
 * Score and shape every corpus pair as a term.
 */
export function termsFromPairs(pairs: readonly CorpusPair[], units: readonly TermUnit[], model: ConfidenceModel, maxExamples: number): Term[] {
  return pairs.map((pair) => {
    const best = bestOccurrence(pair.occurrences);
    const unit = unitAt(units, best.unit);
    const confidence = Math.round(Math.min(MAX_CONFIDENCE, pairConfidence(pairFeatures(pair, units), model)) * 1000) / 1000;
    const examples: TermExample[] = pair.occurrences.slice(0, maxExamples).map((o) => {
      const u = unitAt(units, o.unit);
      return { unit: u.unit.id, en: termSnippet(u.unit.en, o.candidate.span), zh: termSnippet(u.unit.zh, mapSpan(u.hansOffsets, o.zh)) };
    });
    return {
      type: termType(best, unit),
      en: mostFrequent(pair.occurrences.map((o) => o.candidate.text)),
      zh: mostFrequent(pair.occurrences.map((o) => originalChinese(unitAt(units, o.unit), o.zh))),
      zhHans: pair.zhHans,
      count: pair.occurrences.length,
      confidence,
      methods: [...new Set(pair.occurrences.flatMap((o) => o.methods))].sort(),
      units: pair.occurrences.map((o) => unitAt(units, o.unit).unit.id),
      examples,
    };
  });
}

function unitAt(units: readonly TermUnit[], index: number): TermUnit {
  const unit = units[index];
  if (unit === undefined) throw new Error(`No unit ${index} of ${units.length}.`);
  return unit;
}

/** The Chinese of a span of the Simplified view, as the unit writes it. */
function originalChinese(unit: TermUnit, span: { readonly start: number; readonly end: number }): string {
  const original = mapSpan(unit.hansOffsets, span);
  return unit.unit.zh.slice(original.start, original.end);
}

/** The most frequent string; ties go to the first seen. */
function mostFrequent(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] ?? '';
  let bestCount = 0;
  for (const [v, n] of counts) {
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}
