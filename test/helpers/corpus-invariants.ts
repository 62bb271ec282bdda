/**
 * Invariants every corpus must satisfy: each sentence of the document is in
 * exactly one unit or listed as unaligned; a unit's text is its sentences'
 * text; units have both sides; confidences are in [0, 1]; the status follows
 * the threshold.
 */
import { expect } from 'vitest';
import type { Corpus } from '../../src/types';

export function expectCorpusInvariants(corpus: Corpus): void {
  const seen = new Map<string, number>();
  const count = (id: string): void => {
    seen.set(id, (seen.get(id) ?? 0) + 1);
  };
  for (const unit of corpus.units) {
    expect(unit.sentences.en.length, `${unit.id} has English`).toBeGreaterThan(0);
    expect(unit.sentences.zh.length, `${unit.id} has Chinese`).toBeGreaterThan(0);
    expect(unit.confidence).toBeGreaterThanOrEqual(0);
    expect(unit.confidence).toBeLessThanOrEqual(1);
    expect(unit.status).toBe(unit.confidence >= corpus.summary.confidenceThreshold ? 'accepted' : 'review');
    expect(unit.origin.bead).toBe(`${unit.sentences.en.length}-${unit.sentences.zh.length}`);
    [...unit.sentences.en, ...unit.sentences.zh].forEach(count);
  }
  for (const unaligned of corpus.unaligned) count(unaligned.sentence.id);
  expect([...seen.values()].every((n) => n === 1), 'no sentence in two places').toBe(true);
  expect(seen.size).toBe(corpus.summary.sentences.en + corpus.summary.sentences.zh);
  expect(corpus.summary.units.accepted + corpus.summary.units.review).toBe(corpus.units.length);
  expect(corpus.summary.unaligned.en + corpus.summary.unaligned.zh).toBe(corpus.unaligned.length);
}
