/**
 * Articles from a parallel pair: each side is cut at the same kind of markers
 * that bound articles in a mixed text (a full date that opens one, a source
 * line that closes one). When both sides have the same number of articles
 * they are paired in order; otherwise the pair stays one article, and an
 * info issue says so.
 */
import type { Issue } from '../../errors';
import type { Article, Paragraph } from '../../types';
import { articleMarkers } from './article-markers';
import { issueAt, type SourceContext } from '../source-context';

/** The articles of one pair (0-based `index` within the pair) and the issue when the sides disagree. */
export interface PairedArticles {
  readonly articles: readonly Article[];
  readonly issues: readonly Issue[];
}

/**
 * Pair the articles of two sides.
 */
export function pairArticles(en: readonly Paragraph[], zh: readonly Paragraph[], title: string, zhContext: SourceContext): PairedArticles {
  const enArticles = splitAtMarkers(en);
  const zhArticles = splitAtMarkers(zh);
  if (enArticles.length === zhArticles.length) {
    return {
      articles: enArticles.map((enParagraphs, index) => article(index, title, enParagraphs, zhArticles[index] ?? [])),
      issues: [],
    };
  }
  const first = zh[0];
  const issues: Issue[] =
    first === undefined
      ? []
      : [
          issueAt(zhContext, {
            severity: 'info',
            code: 'INGEST_ARTICLES_UNMATCHED',
            message: `Found ${enArticles.length} articles in the English text and ${zhArticles.length} in the Chinese text; kept the pair as one article.`,
            span: { start: first.span.start, end: first.span.start },
          }),
        ];
  return { articles: [article(0, title, en, zh)], issues };
}

function article(index: number, title: string, en: readonly Paragraph[], zh: readonly Paragraph[]): Article {
  return {
    index,
    title,
    blocks: [
      { kind: 'monolingual', lang: 'en', paragraphs: en },
      { kind: 'monolingual', lang: 'zh', paragraphs: zh },
    ],
  };
}

/** Cut one side before each paragraph that opens with a full date and after each source line. */
function splitAtMarkers(paragraphs: readonly Paragraph[]): Paragraph[][] {
  const articles: Paragraph[][] = [];
  let current: Paragraph[] = [];
  let closed = false;
  for (const paragraph of paragraphs) {
    const markers = articleMarkers(paragraph);
    if (current.length > 0 && (closed || markers.opener === 'strong')) {
      articles.push(current);
      current = [];
    }
    current.push(paragraph);
    closed = markers.closer;
  }
  if (current.length > 0) articles.push(current);
  return articles;
}
