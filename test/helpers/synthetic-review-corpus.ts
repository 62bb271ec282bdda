/**
 * A SYNTHETIC corpus of about 10,000 units for the review page's speed: the
 * seed's ten articles repeated (article numbers and sentence ids renumbered),
 * so the text, bead types and lengths are real and only the size is made up.
 * Written as a build's outputs (document.json, units.json, TMX, the seed's
 * termbase, report) into a new temp folder.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusOutputFiles } from '../../src/corpus/output/build-files';
import { stableJson } from '../../src/corpus/output/stable-json';
import { parseTermsTsv } from '../../src/terms/io/parse-terms-tsv';
import { summarizeCorpus } from '../../src/corpus/units/summarize-corpus';
import type { Corpus, CorpusUnit, Document, Term } from '../../src/types';
import { SEED_NAME, SEED_OUT } from './seed-review';

export const SYNTHETIC_NAME = 'synthetic-10k';

/** Write the synthetic corpus (`copies` × the seed's 65 units) and return its folder. */
export function writeSyntheticCorpus(copies = 154): { dir: string; units: number } {
  const document = JSON.parse(readFileSync(join(SEED_OUT, `${SEED_NAME}.document.json`), 'utf8')) as Document;
  const seed = JSON.parse(readFileSync(join(SEED_OUT, `${SEED_NAME}.units.json`), 'utf8')) as Omit<Corpus, 'issues'>;
  const perCopy = document.articles.length;
  const renumber = (id: string, copy: number): string => id.replace(/^a(\d+)-/u, (_, n: string) => `a${Number(n) + copy * perCopy}-`);
  const articles = [];
  const units: CorpusUnit[] = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const article of document.articles) articles.push({ ...article, index: article.index + copy * perCopy });
    for (const unit of seed.units) {
      units.push({
        ...unit,
        id: renumber(unit.id, copy),
        origin: { ...unit.origin, document: SYNTHETIC_NAME, article: unit.origin.article + copy * perCopy },
        sentences: { en: unit.sentences.en.map((id) => renumber(id, copy)), zh: unit.sentences.zh.map((id) => renumber(id, copy)) },
        // Vary confidence and status so the filters have something to filter.
        ...(units.length % 7 === 3 ? { confidence: 0.42, status: 'review' as const } : {}),
      });
    }
  }
  const synthetic: Document = { ...document, name: SYNTHETIC_NAME, articles, issues: [] };
  const sentences = { en: seed.summary.sentences.en * copies, zh: seed.summary.sentences.zh * copies };
  const corpus = {
    ...seed,
    name: SYNTHETIC_NAME,
    articles: articles.map((a) => ({ index: a.index, title: seed.articles[a.index % perCopy]?.title ?? '' })),
    units,
    unaligned: [],
    summary: summarizeCorpus(articles.length, sentences, units, [], seed.summary.confidenceThreshold),
  };
  const dir = mkdtempSync(join(tmpdir(), 'bitext-review-10k-'));
  writeFileSync(join(dir, `${SYNTHETIC_NAME}.document.json`), stableJson(synthetic));
  const tsv = (suffix: string): Term[] => parseTermsTsv(readFileSync(join(SEED_OUT, `${SEED_NAME}.${suffix}`), 'utf8'));
  // Every output a build writes, as the build writes it.
  for (const file of corpusOutputFiles({ ...corpus, issues: [] }, { terms: tsv('terms.tsv'), review: tsv('terms.review.tsv') }).files) writeFileSync(join(dir, file.name), file.content);
  return { dir, units: units.length };
}
