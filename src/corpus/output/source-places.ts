/** Points in the user's input files for what the later stages report: a sentence, a unit's side. */
import type { Issue } from '../../errors';
import { LineIndex } from '../../position';
import type { CorpusUnit, Document, Lang, Span } from '../../types';

/** Finds file, line and column for spans of a document's sources; line indexes are built on first use. */
export class SourcePlaces {
  private readonly document: Document;
  private readonly lineIndexes = new Map<number, LineIndex>();
  /** Source index of each article's paragraphs, per language (an article of a file pair reads two files). */
  private readonly articleSources = new Map<number, Record<Lang, number>>();

  constructor(document: Document) {
    this.document = document;
    for (const article of document.articles) {
      // Every paragraph of one language in an article comes from one source: take the first.
      const sources: Partial<Record<Lang, number>> = {};
      for (const block of article.blocks) {
        if (block.kind === 'paired') {
          sources.en ??= block.en.source;
          sources.zh ??= block.zh.source;
        } else if (block.paragraphs[0] !== undefined) {
          sources[block.lang] ??= block.paragraphs[0].source;
        }
      }
      this.articleSources.set(article.index, { en: sources.en ?? 0, zh: sources.zh ?? 0 });
    }
  }

  /** The issue fields `file`, `place` and `span` for `span` of source number `source`. */
  at(source: number, span: Span): Pick<Issue, 'file' | 'place' | 'span'> {
    const text = this.document.sources[source];
    if (text === undefined) throw new Error(`SourcePlaces: no source ${source}`);
    let lines = this.lineIndexes.get(source);
    if (lines === undefined) {
      lines = new LineIndex(text.text);
      this.lineIndexes.set(source, lines);
    }
    return { file: text.name, place: lines.pointAt(span.start), span };
  }

  /** Where one side of a unit starts in its input file. */
  ofUnit(unit: CorpusUnit, lang: Lang): Pick<Issue, 'file' | 'place' | 'span'> {
    const source = this.articleSources.get(unit.origin.article)?.[lang] ?? 0;
    return this.at(source, unit.origin.spans[lang]);
  }
}
