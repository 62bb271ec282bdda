/**
 * Steps 2–4 of the corpus for one article: pair blocks, align sentences in
 * each block pair (caption lines are already pairs), then recover moved pairs
 * from what is left.
 */
import type { AlignLexicon } from '../align/align-lexicon';
import type { SentencePairScorer } from '../align/sentence-pair-scorer';
import type { Lang } from '../types';
import type { ArticleSentences, SentenceBlock } from './collect-sentences';
import type { ArticleAlignment, DraftUnaligned, DraftUnit } from './draft';
import { alignTexts } from './align-texts';
import { blockSimilarity } from './block-similarity';
import { coalesceBlocks } from './coalesce-blocks';
import { joinText } from './join-text';
import { pairBlocks } from './pair-blocks';
import { recoverMovedPairs } from './recover-moved-pairs';

/**
 * Prior probability that the two halves of a caption line translate each
 * other, before looking at their words: ingest splits a line at the switch of
 * language only when both halves are substantial. Assumed, not fitted (the
 * seed has three such lines, all true pairs).
 */
export const CAPTION_PRIOR = 0.95;

/** What aligning an article needs. */
export interface ArticleResources {
  readonly lexicon: AlignLexicon | undefined;
  readonly score: SentencePairScorer;
  readonly recoverMinScore: number;
}

/** Align one article's sentences into draft units and unaligned sentences. */
export function alignArticle(article: ArticleSentences, resources: ArticleResources): ArticleAlignment {
  const units: DraftUnit[] = [];
  const unaligned: DraftUnaligned[] = [];
  const enBlocks = coalesceBlocks(article.blocks, 'en');
  const zhBlocks = coalesceBlocks(article.blocks, 'zh');
  const texts = (lang: Lang, indices: readonly number[]): string[] => indices.map((i) => article[lang][i]?.text ?? '');

  for (const block of article.blocks) {
    if (block.kind !== 'paired') continue;
    const caption = alignCaption(block, article, resources);
    for (const unit of caption.units) units.push(unit);
    for (const sentence of caption.unaligned) unaligned.push(sentence);
  }
  const pairing = pairBlocks(enBlocks.length, zhBlocks.length, (en, zh) => blockSimilarity(texts('en', enBlocks[en] ?? []), texts('zh', zhBlocks[zh] ?? []), resources.score));
  for (const pair of pairing.pairs) {
    const aligned = alignRuns(enBlocks[pair.en] ?? [], zhBlocks[pair.zh] ?? [], article, resources, 'aligned');
    for (const unit of aligned.units) units.push(unit);
    for (const sentence of aligned.unaligned) unaligned.push(sentence);
  }
  for (const b of pairing.unpairedEn) {
    for (const index of enBlocks[b] ?? []) unaligned.push({ lang: 'en', index, reason: 'its English block has no Chinese counterpart in this article' });
  }
  for (const b of pairing.unpairedZh) {
    for (const index of zhBlocks[b] ?? []) unaligned.push({ lang: 'zh', index, reason: 'its Chinese block has no English counterpart in this article' });
  }
  const recovered = recoverMovedPairs(article, unaligned, resources.score, resources.recoverMinScore);
  return { units: [...units, ...recovered.units], unaligned: recovered.unaligned };
}

/**
 * A caption line with more sentences than this on a side is text, not a
 * caption: what its alignment leaves unaligned stays unaligned instead of
 * gluing the whole line into one unit (a one-line file of a megabyte would
 * become one unit no CAT tool can use).
 */
export const MAX_CAPTION_SENTENCES = 3;

/** A caption line: its halves pair; with several sentences a side, align them. */
function alignCaption(block: Extract<SentenceBlock, { kind: 'paired' }>, article: ArticleSentences, resources: ArticleResources): ArticleAlignment {
  if (block.en.length === 1 && block.zh.length === 1) {
    const score = resources.score(article.en[block.en[0] ?? 0]?.text ?? '', article.zh[block.zh[0] ?? 0]?.text ?? '');
    return { units: [{ en: block.en, zh: block.zh, confidence: withPrior(score, CAPTION_PRIOR), method: 'caption' }], unaligned: [] };
  }
  // Several sentences: align them; in a short caption whatever stays unaligned joins its
  // neighbour's unit, since the line as a whole is a pair.
  const aligned = alignRuns(block.en, block.zh, article, resources, 'caption');
  if (aligned.unaligned.length === 0 || block.en.length > MAX_CAPTION_SENTENCES || block.zh.length > MAX_CAPTION_SENTENCES) return aligned;
  const score = resources.score(joinText('en', block.en.map((i) => article.en[i]?.text ?? '')), joinText('zh', block.zh.map((i) => article.zh[i]?.text ?? '')));
  return { units: [{ en: block.en, zh: block.zh, confidence: withPrior(score, CAPTION_PRIOR), method: 'caption' }], unaligned: [] };
}

/** Align two runs of sentences (indices into the article's lists) as the main job does. */
function alignRuns(en: readonly number[], zh: readonly number[], article: ArticleSentences, resources: ArticleResources, method: 'aligned' | 'caption'): ArticleAlignment {
  const aligned = alignTexts(
    en.map((i) => article.en[i]?.text ?? ''),
    zh.map((i) => article.zh[i]?.text ?? ''),
    resources,
  );
  return {
    units: aligned.units.map((unit) => ({ en: unit.en.map((k) => en[k] ?? -1), zh: unit.zh.map((k) => zh[k] ?? -1), confidence: unit.confidence, method })),
    unaligned: aligned.unaligned.map((u) => ({ lang: u.lang, index: (u.lang === 'en' ? en : zh)[u.position] ?? -1, reason: u.reason })),
  };
}

/**
 * Combine a pair score (a probability at even prior odds) with a prior:
 * posterior odds = prior odds × the score's likelihood ratio.
 * @example withPrior(0.5, 0.95) //=> 0.95
 */
export function withPrior(score: number, prior: number): number {
  if (score >= 1) return 1;
  if (score <= 0) return 0;
  const odds = (prior / (1 - prior)) * (score / (1 - score));
  return odds / (1 + odds);
}

