/**
 * Any sequence of decisions a page can send keeps the corpus whole (every
 * sentence in one unit or unaligned, units with both sides, unique ids), a
 * refused decision changes nothing, and replaying the saves on a fresh
 * review gives the same corpus (a restart or a rebuild of the same input
 * loses nothing).
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { applyReview } from '../../src/review/apply-review';
import type { ReviewDecision, ReviewSave, RowRef, UnitRef } from '../../src/review/review-decision';
import { rowsByArticle, type PageRow, type PageUnitRow } from '../../src/review/review-rows';
import { ReviewSession } from '../../src/review/review-session';
import { createRowView } from '../../src/review/page/page-row-view';
import { seedBase } from '../helpers/seed-review';

const base = seedBase();
const OPS = ['confirm', 'reject', 'split', 'merge', 'move', 'edit'] as const;

const view = createRowView();
const unitRef = (row: PageUnitRow): UnitRef => ({ en: row.en.map((s) => s.id), zh: row.zh.map((s) => s.id), text: { en: view.textOf(row, 'en'), zh: view.textOf(row, 'zh') } });
const rowRef = (row: PageRow): RowRef => (row.kind === 'unit' ? unitRef(row) : { sentence: row.sentence.id, text: row.sentence.text });

/** A decision the page could send for choice numbers, on the rows as they are now. */
function decisionFor(session: ReviewSession, [op, pick, a, b]: readonly [number, number, number, number]): ReviewDecision | undefined {
  const articles = [...rowsByArticle(session.state).values()];
  const rows = articles[pick % articles.length] ?? [];
  const index = a % Math.max(1, rows.length);
  const row = rows[index];
  const next = rows[index + 1];
  if (!row) return undefined;
  const kind = OPS[op % OPS.length];
  if (kind === 'merge') return next ? { op: 'merge', unit: rowRef(row), next: rowRef(next) } : undefined;
  if (row.kind !== 'unit') return undefined;
  switch (kind) {
    case 'confirm':
    case 'reject':
      return { op: kind, unit: unitRef(row) };
    case 'split':
      return { op: 'split', unit: unitRef(row), at: { en: b % (row.en.length + 1), zh: (b >> 3) % (row.zh.length + 1) } };
    case 'edit':
      return { op: 'edit', unit: unitRef(row), lang: b % 2 === 0 ? 'en' : 'zh', text: `edited ${b}` };
    default: {
      const target = rows.slice(index + 1).find((r): r is PageUnitRow => r.kind === 'unit');
      const side = b % 2 === 0 ? row.en : row.zh;
      const sentence = side[side.length - 1];
      return target && sentence ? { op: 'move', sentence: sentence.id, from: unitRef(row), to: unitRef(target) } : undefined;
    }
  }
}

describe('review decisions', () => {
  test.prop([fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 25 })], { numRuns: 60 })(
    'keep the corpus whole and replay to the same corpus',
    (choices) => {
      const session = new ReviewSession(base);
      const saves: ReviewSave[] = [];
      for (const choice of choices) {
        const decision = decisionFor(session, choice);
        if (!decision) continue;
        const save: ReviewSave = { revision: saves.length + 1, who: 'prop', at: '2026-12-01T10:15:00.000Z', decisions: [decision] };
        const before = session.corpus();
        const outcome = session.applyStrict(save);
        if ('failure' in outcome) {
          // A refused decision (e.g. a split that leaves one part empty) changes nothing.
          expect(outcome.failure).toBe('invalid');
          expect(session.corpus()).toEqual(before);
        } else saves.push(save);
      }
      const corpus = session.corpus();
      const seen = new Map<string, number>();
      for (const unit of corpus.units) {
        expect(unit.sentences.en.length > 0 && unit.sentences.zh.length > 0).toBe(true);
        for (const id of [...unit.sentences.en, ...unit.sentences.zh]) seen.set(id, (seen.get(id) ?? 0) + 1);
      }
      for (const { sentence } of corpus.unaligned) seen.set(sentence.id, (seen.get(sentence.id) ?? 0) + 1);
      expect(seen.size).toBe(81 + 65);
      expect([...seen.values()].every((n) => n === 1)).toBe(true);
      expect(new Set(corpus.units.map((u) => u.id)).size).toBe(corpus.units.length);
      const replayed = applyReview(base, saves);
      expect(replayed.issues.filter((i) => i.code === 'REVIEW_STALE_DECISION')).toEqual([]);
      expect(replayed.corpus).toEqual(corpus);
    },
  );
});
