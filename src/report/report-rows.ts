/**
 * The rows of one article in the review report: units and unaligned
 * sentences in reading order, so English and Chinese sit side by side.
 */
import type { Corpus, CorpusUnit, Lang, UnalignedSentence } from '../types';

export type ReportRow =
  | { readonly kind: 'unit'; readonly unit: CorpusUnit }
  | { readonly kind: 'unaligned'; readonly unaligned: UnalignedSentence };

/**
 * Rows of each article. Rows with English are ordered by their first English
 * sentence; a Chinese-only row goes right after the row holding the Chinese
 * sentence before it, so an untranslated sentence shows where it stands.
 */
export function reportRowsByArticle(corpus: Corpus): Map<number, ReportRow[]> {
  const byArticle = new Map<number, ReportRow[]>();
  const add = (article: number, row: ReportRow): void => {
    const rows = byArticle.get(article);
    if (rows) rows.push(row);
    else byArticle.set(article, [row]);
  };
  for (const unit of corpus.units) add(unit.origin.article, { kind: 'unit', unit });
  for (const unaligned of corpus.unaligned) add(unaligned.sentence.article, { kind: 'unaligned', unaligned });
  for (const [article, rows] of byArticle) byArticle.set(article, orderRows(rows));
  return byArticle;
}

/** Position of a sentence within its article and language: ids end in it (`a0-en-3` → 3). */
function sentenceNumber(id: string): number {
  return Number(id.slice(id.lastIndexOf('-') + 1));
}

/** The first sentence number of a row on one side, if the row has that side. */
function firstOf(row: ReportRow, lang: Lang): number | undefined {
  const ids = row.kind === 'unit' ? row.unit.sentences[lang] : row.unaligned.sentence.lang === lang ? [row.unaligned.sentence.id] : [];
  return ids.length === 0 ? undefined : ids.reduce((min, id) => Math.min(min, sentenceNumber(id)), Infinity);
}

function orderRows(rows: readonly ReportRow[]): ReportRow[] {
  const ordered = rows.filter((row) => firstOf(row, 'en') !== undefined).sort((a, b) => (firstOf(a, 'en') ?? 0) - (firstOf(b, 'en') ?? 0));
  const chineseOnly = rows.filter((row) => firstOf(row, 'en') === undefined).sort((a, b) => (firstOf(a, 'zh') ?? 0) - (firstOf(b, 'zh') ?? 0));
  for (const row of chineseOnly) {
    const zh = firstOf(row, 'zh') ?? 0;
    let at = 0;
    ordered.forEach((placed, i) => {
      const placedZh = firstOf(placed, 'zh');
      if (placedZh !== undefined && placedZh < zh) at = i + 1;
    });
    ordered.splice(at, 0, row);
  }
  return ordered;
}
