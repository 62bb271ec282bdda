/**
 * A readable projection of a Document for golden files: per article, its
 * blocks as `en`/`zh` lists of "line: text" or a `paired` line; issues as
 * "line:column CODE removed"; nothing that only repeats the source.
 */
import type { Document } from '../../src/types';

/** The golden view of a document. */
export function summarizeForGolden(document: Document): unknown {
  return {
    name: document.name,
    chineseScript: document.chineseScript,
    articles: document.articles.map((article) => ({
      ...(article.title === '' ? {} : { title: article.title }),
      blocks: article.blocks.map((block) =>
        block.kind === 'paired'
          ? { paired: { line: block.en.line, first: block.en.span.start < block.zh.span.start ? 'en' : 'zh', en: block.en.text, zh: block.zh.text } }
          : { [block.lang]: block.paragraphs.map((p) => `${p.line}: ${p.text}`) },
      ),
    })),
    issues: document.issues.map((issue) => {
      const where = issue.place === undefined ? (issue.file ?? '') : `${issue.place.line}:${issue.place.column}`;
      const removed = issue.removed === undefined ? '' : ` removed ${visible(issue.removed)}`;
      return `${where} ${issue.severity} ${issue.code}${removed}`;
    }),
  };
}

/** A JSON string with control characters escaped (JSON.stringify leaves U+007F–U+009F raw). */
function visible(text: string): string {
  return JSON.stringify(text).replace(/\p{Cc}/gu, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}
