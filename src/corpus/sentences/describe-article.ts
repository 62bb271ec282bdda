/**
 * Describe an article's sentences (words, numbers, names, marks: the
 * aligner's evidence) once, for block pairing, captions and recovery, which
 * score the same sentences in many pairs.
 *
 * Alignment of a run of sentences reuses the English descriptions but
 * describes the run's Chinese sentences again, in one batch: the aligner has
 * always read a run's Chinese as one batch of pinyin, the pair scorer each
 * sentence alone, and pinyin-pro reads some characters (重) by their
 * neighbours across a batch. Sharing one reading would move confidences
 * (a seed unit: 0.989 → 0.9888).
 */
import type { AlignLexicon } from '../../align/align-lexicon';
import { DEFAULT_ALIGN_OPTIONS } from '../../align/align-options';
import { describeEach, describeTexts } from '../../align/evidence/describe-document';
import type { DescribedTexts, SentenceDescription } from '../../align/evidence/sentence-description';
import type { ArticleSentences } from './collect-sentences';

/**
 * The article's sentences described for the pair scorer, indexed as
 * `article.en` and `article.zh`. Names are matched (the aligner's and the
 * pair scorer's default).
 */
export function describeArticle(article: ArticleSentences, lexicon: AlignLexicon | undefined): DescribedTexts {
  return describeEach(
    article.zh.map((sentence) => sentence.text),
    article.en.map((sentence) => sentence.text),
    { lexicon, names: DEFAULT_ALIGN_OPTIONS.names },
  );
}

/** Describe texts (Chinese, English) for the aligner: the Chinese side as one batch. */
export function describeSentenceTexts(zh: readonly string[], en: readonly string[], lexicon: AlignLexicon | undefined): DescribedTexts {
  return describeTexts(zh, en, { lexicon, names: DEFAULT_ALIGN_OPTIONS.names });
}

/** A run to align: English sentences described already, Chinese texts described here as one batch. */
export function describeRun(en: readonly SentenceDescription[], zh: readonly string[], lexicon: AlignLexicon | undefined): DescribedTexts {
  return { en, zh: describeSentenceTexts(zh, [], lexicon).zh };
}
