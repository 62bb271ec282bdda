/** The short summary `bitext-tm build` prints on stderr. */
import type { Document } from '../types';

/**
 * Counts a user wants to see after a build: articles, blocks, paragraphs per
 * language, issues per code (most frequent first).
 * @example summarizeDocument(document)
 * //=> 'news: 2 articles, 5 blocks (1 paired), paragraphs: 4 en, 4 zh\nissues: INGEST_PINYIN_NOTE_REMOVED 3'
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
  const byCode = new Map<string, number>();
  for (const issue of document.issues) byCode.set(issue.code, (byCode.get(issue.code) ?? 0) + 1);
  const codes = [...byCode].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([code, n]) => `${code} ${n}`);
  const articles = document.articles.length;
  return [
    `${document.name}: ${articles} ${articles === 1 ? 'article' : 'articles'}, ${blocks} blocks (${paired} paired), paragraphs: ${paragraphs.en} en, ${paragraphs.zh} zh`,
    `issues: ${codes.length === 0 ? 'none' : codes.join(', ')}`,
  ].join('\n');
}
