/**
 * The main job's core: an ingested document → translation units with
 * provenance and confidence, the sentences left unaligned, and a summary.
 *
 * The steps (after ingestion, when given raw input), per article:
 *  1. collectSentences   — split every paragraph; ids per article and language
 *  2. pairBlocks         — each English block with the Chinese block it translates (inside alignArticle)
 *  3. alignSentences     — beads inside each block pair; caption lines are pairs already
 *  4. recoverMovedPairs  — confident pairs among what the monotone pass left
 *  5. makeUnits          — ids, provenance, status (TMX or review) by confidence
 */
import { createSentencePairScorer } from '../align/sentence-pair-scorer';
import { ingest } from '../ingest/ingest';
import type { IngestInput } from '../ingest/ingest-options';
import type { Corpus, CorpusUnit, Document, UnalignedSentence } from '../types';
import { VERSION } from '../version';
import { alignArticle } from './align-article';
import { collectSentences } from './collect-sentences';
import { type CorpusOptions, DEFAULT_CORPUS_OPTIONS } from './corpus-options';
import { makeUnits } from './make-units';
import { summarizeCorpus } from './summarize-corpus';

/**
 * Build the corpus of raw bilingual input (ingested first, with
 * `options.ingest`) or of a document ingested already. Deterministic.
 * @example
 * const lexicon = prepareAlignLexicon(loadLexicon()); // a few seconds: once per process
 * const text = `On May 3rd, 2023, the forum opened in Chongqing. Nearly 50 companies took part.
 * 2023年5月3日，論壇在重慶開幕。近50家企業參加。`;
 * const corpus = buildCorpus({ kind: 'mixed', source: { name: 'news.txt', text } }, { lexicon });
 * corpus.units.map((unit) => [unit.en, unit.zh, unit.status])
 * //=> [['On May 3rd, 2023, the forum opened in Chongqing.', '2023年5月3日，論壇在重慶開幕。', 'accepted'],
 * //    ['Nearly 50 companies took part.', '近50家企業參加。', 'accepted']]
 * corpus.summary.unaligned //=> { en: 0, zh: 0 }
 */
export function buildCorpus(input: IngestInput | Document, options: CorpusOptions = {}): Corpus {
  const document = 'articles' in input ? input : ingest(input, options.ingest);
  const threshold = options.confidenceThreshold ?? DEFAULT_CORPUS_OPTIONS.confidenceThreshold;
  const resources = {
    lexicon: options.lexicon,
    score: createSentencePairScorer({ lexicon: options.lexicon }),
    recoverMinScore: options.recoverMinScore ?? DEFAULT_CORPUS_OPTIONS.recoverMinScore,
  };
  const articles = collectSentences(document, options.split);
  const units: CorpusUnit[] = [];
  const unaligned: UnalignedSentence[] = [];
  articles.forEach((article, done) => {
    const made = makeUnits(document.name, article, alignArticle(article, resources), threshold);
    units.push(...made.units);
    unaligned.push(...made.unaligned);
    options.onProgress?.(done + 1, articles.length);
  });
  const sentences = { en: articles.reduce((n, a) => n + a.en.length, 0), zh: articles.reduce((n, a) => n + a.zh.length, 0) };
  return {
    name: document.name,
    generator: `bitext-tm ${VERSION}`,
    summary: summarizeCorpus(articles.length, sentences, units, unaligned, threshold),
    articles: articles.map((article) => ({ index: article.article, title: article.title })),
    units,
    unaligned,
    issues: document.issues,
  };
}
