/** The short summary `bitext-tm build` prints on stderr. */
import type { Document } from '../../types';

/**
 * Counts a user wants to see after a build: articles, blocks, paragraphs per language.
 */
export function summarizeDocument(document: Document): string {
  let blocks = 0;
  let paired = 0;
  const paragraphs = { en: 0, zh: 0 };
  for (const article of document.articles) {
    for (const block of article.blocks) {
      blocks++;
      if (block.kind === 'paired') {
        paired++;
        paragraphs.en++;
        paragraphs.zh++;
      } else paragraphs[block.lang] += block.paragraphs.length;
    }
  }
  const articles = document.articles.length;
  return `${document.name}: ${articles} ${articles === 1 ? 'article' : 'articles'}, ${blocks} blocks (${paired} paired), paragraphs: ${paragraphs.en} en, ${paragraphs.zh} zh`;
}
