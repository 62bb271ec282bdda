/** The seed corpus as a review starts from it: the committed units.json, document.json and termbase TSVs. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ReviewBase } from '../../src/review/review-base';
import type { ReviewDecision, ReviewSave, UnitRef } from '../../src/review/review-decision';
import { parseTermsTsv } from '../../src/terms/io/parse-terms-tsv';
import type { Corpus, CorpusUnit, Document } from '../../src/types';

export const SEED_NAME = 'chongqing-fao-2022.en-zh';
export const SEED_OUT: string = resolve(import.meta.dirname, '../../corpus/out');

/** The seed's review base (no termbase unless asked). */
export function seedBase(withTerms = false): ReviewBase {
  const document = JSON.parse(readFileSync(join(SEED_OUT, `${SEED_NAME}.document.json`), 'utf8')) as Document;
  const units = JSON.parse(readFileSync(join(SEED_OUT, `${SEED_NAME}.units.json`), 'utf8')) as Omit<Corpus, 'issues'>;
  const corpus: Corpus = { ...units, issues: document.issues };
  if (!withTerms) return { corpus, document };
  const tsv = (file: string): ReturnType<typeof parseTermsTsv> => parseTermsTsv(readFileSync(join(SEED_OUT, `${SEED_NAME}.${file}`), 'utf8'));
  return { corpus, document, terms: { terms: tsv('terms.tsv'), review: tsv('terms.review.tsv') } };
}

/** A unit of a corpus by id (failing the test when it is missing). */
export function unitById(corpus: Corpus, id: string): CorpusUnit {
  const unit = corpus.units.find((u) => u.id === id);
  if (!unit) throw new Error(`no unit ${id}`);
  return unit;
}

/** A reference to a unit as the page sends it. */
export function refOf(unit: CorpusUnit): UnitRef {
  return { en: unit.sentences.en, zh: unit.sentences.zh, text: { en: unit.en, zh: unit.zh } };
}

/** One save of decisions. */
export function saveOf(revision: number, decisions: readonly ReviewDecision[], who = 'ana', at = '2026-12-01T10:15:00.000Z'): ReviewSave {
  return { revision, who, at, decisions };
}
