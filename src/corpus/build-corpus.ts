/**
 * The corpus stage: an ingested document → translation units with
 * provenance and confidence, the sentences left unaligned, and a summary.
 * (The whole main job, from raw text to TMX, termbase and report, is
 * {@link build} in build.ts, which calls this.)
 *
 * The steps, per article, and the sub-folder of each:
 *  1. collectSentences   — split every paragraph; ids per article and language      sentences/
 *     describeArticle    — each sentence's evidence, once, for steps 2–4             sentences/ (inside alignArticle)
 *  2. pairBlocks         — each English block with the Chinese block it translates   blocks/ (inside alignArticle)
 *  3. alignSentences     — beads inside each block pair; caption lines are pairs already   alignment/
 *  4. recoverMovedPairs  — confident pairs among what the monotone pass left         alignment/
 *  5. makeUnits          — ids, provenance, status (TMX or review) by confidence     units/
 */
import type { AlignLexicon } from '../align/align-lexicon';
import { createDescribedPairScorer } from '../align/sentence-pair-scorer';
import type { Corpus, CorpusUnit, Document, UnalignedSentence } from '../types';
import { VERSION } from '../version';
import { alignArticle } from './alignment/align-article';
import { collectSentences } from './sentences/collect-sentences';
import { type CorpusOptions, DEFAULT_CORPUS_OPTIONS } from './corpus-options';
import { makeUnits } from './units/make-units';
import { alignLexiconOf, defaultLexicon } from './dictionaries/shared-resources';
import { summarizeCorpus } from './units/summarize-corpus';

/**
 * Align an ingested document into a corpus. Deterministic. Without options it
 * uses the shipped CC-CEDICT (loaded on first use, then kept), so its units
 * are those of `bitext-tm build`.
 * @example
 * const text = `On May 3rd, 2023, the forum opened in Chongqing. Nearly 50 companies took part.
 * 2023年5月3日，論壇在重慶開幕。近50家企業參加。`;
 * const corpus = buildCorpus(ingest({ kind: 'mixed', source: { name: 'news.txt', text } }));
 * corpus.units.map((unit) => [unit.en, unit.zh, unit.status])
 * //=> [['On May 3rd, 2023, the forum opened in Chongqing.', '2023年5月3日，論壇在重慶開幕。', 'accepted'],
 * //    ['Nearly 50 companies took part.', '近50家企業參加。', 'accepted']]
 * corpus.summary.unaligned //=> { en: 0, zh: 0 }
 */
export function buildCorpus(document: Document, options: CorpusOptions = {}): Corpus {
  const threshold = options.confidenceThreshold ?? DEFAULT_CORPUS_OPTIONS.confidenceThreshold;
  const lexicon = resolveAlignLexicon(options.lexicon ?? DEFAULT_CORPUS_OPTIONS.lexicon);
  const resources = {
    lexicon,
    score: createDescribedPairScorer({ lexicon }),
    recoverMinScore: options.recoverMinScore ?? DEFAULT_CORPUS_OPTIONS.recoverMinScore,
  };
  const articles = collectSentences(document, options.split);
  const units: CorpusUnit[] = [];
  const unaligned: UnalignedSentence[] = [];
  articles.forEach((article, done) => {
    const made = makeUnits(document.name, article, alignArticle(article, resources), threshold);
    for (const unit of made.units) units.push(unit);
    for (const sentence of made.unaligned) unaligned.push(sentence);
    options.onProgress?.(done + 1, articles.length);
  });
  let en = 0;
  let zh = 0;
  for (const article of articles) {
    en += article.en.length;
    zh += article.zh.length;
  }
  return {
    name: document.name,
    generator: `bitext-tm ${VERSION}`,
    summary: summarizeCorpus(articles.length, { en, zh }, units, unaligned, threshold),
    articles: articles.map((article) => ({ index: article.article, title: article.title })),
    units,
    unaligned,
    issues: document.issues,
  };
}

/** The option's lexicon: the shared CC-CEDICT, none, or the caller's. */
function resolveAlignLexicon(lexicon: AlignLexicon | 'cc-cedict' | 'none'): AlignLexicon | undefined {
  if (lexicon === 'none') return undefined;
  if (lexicon === 'cc-cedict') return alignLexiconOf(defaultLexicon());
  return lexicon;
}
