/**
 * Step 1 of the corpus: split every paragraph of an article into sentences
 * with stable ids, and remember which block each sentence came from.
 */
import { LineIndex } from '../../position';
import { segmentParagraph } from '../../segment/segment-paragraph';
import type { SplitOptions } from '../../segment/split-options';
import type { Article, CorpusSentence, Document, Lang, Paragraph } from '../../types';

/** A block of an article, as indices into the article's sentence lists. */
export type SentenceBlock =
  | { readonly kind: 'monolingual'; readonly lang: Lang; readonly sentences: readonly number[] }
  | { readonly kind: 'paired'; readonly en: readonly number[]; readonly zh: readonly number[] };

/** The sentences of one article, per language in text order, and its blocks. */
export interface ArticleSentences {
  readonly article: number;
  readonly title: string;
  readonly en: readonly CorpusSentence[];
  readonly zh: readonly CorpusSentence[];
  readonly blocks: readonly SentenceBlock[];
}

/**
 * Sentences of every article. Ids are `a<article>-<lang>-<n>`, `n` counting
 * the article's sentences of that language from 0 in text order.
 */
export function collectSentences(document: Document, split?: SplitOptions): ArticleSentences[] {
  const lineIndexes = document.sources.map((source) => new LineIndex(source.text));
  return document.articles.map((article) => collectArticle(article, lineIndexes, split));
}

function collectArticle(article: Article, lineIndexes: readonly LineIndex[], split: SplitOptions | undefined): ArticleSentences {
  const sentences: Record<Lang, CorpusSentence[]> = { en: [], zh: [] };
  const add = (paragraph: Paragraph): number[] => {
    const lines = lineIndexes[paragraph.source];
    if (!lines) throw new Error(`paragraph refers to missing source ${paragraph.source}`);
    const list = sentences[paragraph.lang];
    return segmentParagraph(paragraph, lines, split).map((sentence) => {
      list.push({ ...sentence, id: `a${article.index}-${paragraph.lang}-${list.length}`, article: article.index });
      return list.length - 1;
    });
  };
  const blocks: SentenceBlock[] = article.blocks.map((block) =>
    block.kind === 'paired'
      ? { kind: 'paired', en: add(block.en), zh: add(block.zh) }
      : { kind: 'monolingual', lang: block.lang, sentences: block.paragraphs.flatMap(add) },
  );
  const title = article.title || (sentences.en[0]?.text ?? sentences.zh[0]?.text ?? '');
  return { article: article.index, title, en: sentences.en, zh: sentences.zh, blocks };
}
