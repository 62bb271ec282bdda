/**
 * Steps 2–4 of the corpus for one article: describe its sentences once, pair
 * blocks, align sentences in each block pair (caption lines are already
 * pairs), then recover moved pairs from what is left. Pairing, captions and
 * recovery read the one description of each sentence; alignment reuses the
 * English ones (see describe-article.ts for why the Chinese side of a run is
 * described again).
 */
import type { AlignLexicon } from '../../align/align-lexicon';
import type { DescribedTexts, SentenceDescription } from '../../align/evidence/sentence-description';
import type { DescribedPairScorer } from '../../align/sentence-pair-scorer';
import type { ArticleSentences, SentenceBlock } from '../sentences/collect-sentences';
import type { ArticleAlignment, DraftUnaligned, DraftUnit } from './draft';
import { alignTexts } from './align-texts';
import { blockSimilarity } from '../blocks/block-similarity';
import { coalesceBlocks } from '../blocks/coalesce-blocks';
import { describeArticle, describeRun, describeSentenceTexts } from '../sentences/describe-article';
import { joinText } from '../sentences/join-text';
import { pairBlocks } from '../blocks/pair-blocks';
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
  /** The lexicon for describing and aligning (the pair scorer's too). */
  readonly lexicon: AlignLexicon | undefined;
  readonly score: DescribedPairScorer;
  readonly recoverMinScore: number;
}

/** An article's sentences with their one description, and the pair score of two of them by index. */
interface DescribedArticle {
  readonly article: ArticleSentences;
  readonly described: DescribedTexts;
  readonly score: (en: number, zh: number) => number;
}

/** Align one article's sentences into draft units and unaligned sentences. */
export function alignArticle(article: ArticleSentences, resources: ArticleResources): ArticleAlignment {
  const described = describeArticle(article, resources.lexicon);
  const score = (en: number, zh: number): number => resources.score(sentenceAt(described.en, en), sentenceAt(described.zh, zh));
  const input: DescribedArticle = { article, described, score };
  const units: DraftUnit[] = [];
  const unaligned: DraftUnaligned[] = [];
  const enBlocks = coalesceBlocks(article.blocks, 'en');
  const zhBlocks = coalesceBlocks(article.blocks, 'zh');

  for (const block of article.blocks) {
    if (block.kind !== 'paired') continue;
    const caption = alignCaption(block, input, resources);
    for (const unit of caption.units) units.push(unit);
    for (const sentence of caption.unaligned) unaligned.push(sentence);
  }
  const pairing = pairBlocks(enBlocks.length, zhBlocks.length, (en, zh) => blockSimilarity(enBlocks[en] ?? [], zhBlocks[zh] ?? [], score));
  for (const pair of pairing.pairs) {
    const aligned = alignRuns(enBlocks[pair.en] ?? [], zhBlocks[pair.zh] ?? [], input, resources, 'aligned');
    for (const unit of aligned.units) units.push(unit);
    for (const sentence of aligned.unaligned) unaligned.push(sentence);
  }
  for (const b of pairing.unpairedEn) {
    for (const index of enBlocks[b] ?? []) unaligned.push({ lang: 'en', index, reason: 'its English block has no Chinese counterpart in this article' });
  }
  for (const b of pairing.unpairedZh) {
    for (const index of zhBlocks[b] ?? []) unaligned.push({ lang: 'zh', index, reason: 'its Chinese block has no English counterpart in this article' });
  }
  const recovered = recoverMovedPairs(unaligned, score, resources.recoverMinScore);
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
function alignCaption(block: Extract<SentenceBlock, { kind: 'paired' }>, input: DescribedArticle, resources: ArticleResources): ArticleAlignment {
  if (block.en.length === 1 && block.zh.length === 1) {
    const score = input.score(block.en[0] ?? 0, block.zh[0] ?? 0);
    return { units: [{ en: block.en, zh: block.zh, confidence: withPrior(score, CAPTION_PRIOR), method: 'caption' }], unaligned: [] };
  }
  // Several sentences: align them; in a short caption whatever stays unaligned joins its
  // neighbour's unit, since the line as a whole is a pair.
  const aligned = alignRuns(block.en, block.zh, input, resources, 'caption');
  if (aligned.unaligned.length === 0 || block.en.length > MAX_CAPTION_SENTENCES || block.zh.length > MAX_CAPTION_SENTENCES) return aligned;
  // The joined line is a new text: described here, once.
  const { article } = input;
  const line = describeSentenceTexts(
    [joinText('zh', block.zh.map((i) => article.zh[i]?.text ?? ''))],
    [joinText('en', block.en.map((i) => article.en[i]?.text ?? ''))],
    resources.lexicon,
  );
  const score = resources.score(sentenceAt(line.en, 0), sentenceAt(line.zh, 0));
  return { units: [{ en: block.en, zh: block.zh, confidence: withPrior(score, CAPTION_PRIOR), method: 'caption' }], unaligned: [] };
}

/** Align two runs of sentences (indices into the article's lists) as the main job does. */
function alignRuns(en: readonly number[], zh: readonly number[], input: DescribedArticle, resources: ArticleResources, method: 'aligned' | 'caption'): ArticleAlignment {
  const { article, described } = input;
  const run = describeRun(
    en.map((i) => sentenceAt(described.en, i)),
    zh.map((i) => article.zh[i]?.text ?? ''),
    resources.lexicon,
  );
  const aligned = alignTexts(run, resources);
  return {
    units: aligned.units.map((unit) => ({ en: unit.en.map((k) => en[k] ?? -1), zh: unit.zh.map((k) => zh[k] ?? -1), confidence: unit.confidence, method })),
    unaligned: aligned.unaligned.map((u) => ({ lang: u.lang, index: (u.lang === 'en' ? en : zh)[u.position] ?? -1, reason: u.reason })),
  };
}

function sentenceAt(sentences: readonly SentenceDescription[], index: number): SentenceDescription {
  const sentence = sentences[index];
  if (sentence === undefined) throw new Error(`alignArticle: no sentence ${index}`);
  return sentence;
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

