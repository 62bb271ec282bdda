import { describe, expect, it } from 'vitest';
import { refOf, saveOf, seedBase, unitById } from '../../test/helpers/seed-review';
import { reportRowsByArticle } from '../report/report-rows';
import { diffRows, rowsByArticle, type PageRow } from './review-rows';
import { ReviewSession } from './review-session';
import { sentenceKey, unitKey } from './review-state';

const base = seedBase();

describe('review rows', () => {
  it('are in the report’s order, unaligned sentences included', () => {
    const session = new ReviewSession(base);
    // Rejections and a split leave English-only and Chinese-only rows in several places.
    const decisions = ['a0-u1', 'a0-u4', 'a2-u3', 'a2-u9', 'a5-u0'].map((id) => ({ op: 'reject' as const, unit: refOf(unitById(base.corpus, id)) }));
    expect(session.applyStrict(saveOf(1, [...decisions, { op: 'split', unit: refOf(unitById(base.corpus, 'a0-u8')), at: { en: 1, zh: 1 } }]))).toEqual({ notes: [] });
    const corpus = session.corpus();
    // Premise: both kinds of unaligned rows exist.
    expect(new Set(corpus.unaligned.map((u) => u.sentence.lang))).toEqual(new Set(['en', 'zh']));
    const reportKeys = [...reportRowsByArticle(corpus)].map(([article, rows]) => [article, rows.map((row) => (row.kind === 'unit' ? unitKey(row.unit.sentences.en, row.unit.sentences.zh) : sentenceKey(row.unaligned.sentence.id)))]);
    const pageKeys = [...rowsByArticle(session.state)].map(([article, rows]) => [article, rows.map((row) => row.key)]);
    expect(pageKeys).toEqual(reportKeys);
  });

  it('change by one splice per article: the rows between the unchanged start and end', () => {
    const row = (key: string): PageRow => ({ kind: 'unaligned', key, article: 0, lang: 'en', sentence: { id: key, text: key, line: 1 }, reason: '' });
    expect(diffRows(0, ['a', 'b', 'c'], [row('a'), row('x'), row('y'), row('c')], new Set())).toEqual({ article: 0, start: 1, deleteCount: 1, rows: [row('x'), row('y')] });
    expect(diffRows(0, ['a', 'b', 'c'], [row('a'), row('b'), row('c')], new Set(['b']))).toEqual({ article: 0, start: 1, deleteCount: 1, rows: [row('b')] });
    expect(diffRows(0, ['a', 'b'], [], new Set())).toEqual({ article: 0, start: 0, deleteCount: 2, rows: [] });
  });
});
