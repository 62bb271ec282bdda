/**
 * Adding and removing units on a live memory gives exactly the answers of a
 * memory built from scratch with the units present: same units, same scores,
 * same order (ties by index), same concordance — whatever the sequence of
 * adds and removes, and across the merges of its segments.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { TranslationMemory } from '../../src/tm/translation-memory';
import type { TranslationUnit } from '../../src/types';
import { mutate, randomText } from '../helpers/random-tm';
import { seededRandom } from '../helpers/seeded-random';

type Op = { readonly kind: 'add'; readonly count: number } | { readonly kind: 'remove'; readonly pick: number } | { readonly kind: 'query'; readonly pick: number; readonly edits: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), count: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('query' as const), pick: fc.nat(), edits: fc.integer({ min: 0, max: 3 }) }),
);

describe('TranslationMemory.add and remove', () => {
  test.prop([fc.integer(), fc.integer({ min: 1, max: 20 }), fc.array(op, { minLength: 1, maxLength: 40 })], { numRuns: 60 })(
    'answer as a memory built from the units present',
    (seed, initial, ops) => {
      const random = seededRandom(seed);
      let next = 0;
      const newUnit = (): TranslationUnit => {
        const id = `u${next++}`;
        const base = present.size > 0 && random() < 0.5 ? [...present.values()][Math.floor(random() * present.size)] : undefined;
        return base ? { id, en: mutate(random, base.en, 'en', 1), zh: mutate(random, base.zh, 'zh', 1) } : { id, en: randomText(random, 'en', 10) || 'the forum', zh: randomText(random, 'zh', 10) || '论坛' };
      };
      const present = new Map<number, TranslationUnit>();
      const first = Array.from({ length: initial }, newUnit);
      const tm = TranslationMemory.fromUnits(first);
      first.forEach((unit, i) => present.set(i, unit));
      for (const step of ops) {
        if (step.kind === 'add') {
          const units = Array.from({ length: step.count }, newUnit);
          tm.add(units).forEach((index, i) => present.set(index, units[i] as TranslationUnit));
        } else if (step.kind === 'remove') {
          const indexes = [...present.keys()];
          const index = indexes[step.pick % Math.max(1, indexes.length)] ?? 0;
          expect(tm.remove(index)).toBe(present.delete(index));
          expect(tm.remove(index)).toBe(false);
        } else {
          const live = [...present.entries()].sort((a, b) => a[0] - b[0]);
          if (live.length === 0) continue;
          expect(tm.size).toBe(live.length);
          const fresh = TranslationMemory.fromUnits(live.map(([, unit]) => unit));
          const [, target] = live[step.pick % live.length] as [number, TranslationUnit];
          for (const lang of ['en', 'zh'] as const) {
            const text = mutate(random, target[lang], lang, step.edits);
            if (!/[\p{L}\p{N}]/u.test(text)) continue;
            const got = tm.lookup(text, { lang, minScore: 0.5, limit: 3 }).map((m) => [m.tuid, m.score, m.unitIndex]);
            const want = fresh.lookup(text, { lang, minScore: 0.5, limit: 3 }).map((m) => [m.tuid, m.score, live[m.unitIndex]?.[0]]);
            expect(got).toEqual(want);
          }
          const phrase = target.zh.slice(0, 2);
          if (/\p{Script=Han}/u.test(phrase)) {
            expect(tm.concordance(phrase, { lang: 'zh' }).map((h) => h.unitIndex)).toEqual(fresh.concordance(phrase, { lang: 'zh' }).map((h) => live[h.unitIndex]?.[0]));
          }
          for (const [index, unit] of live) expect(tm.unitAt(index)).toBe(unit);
        }
      }
      // A saved memory holds the units present, in index order.
      const live = [...present.entries()].sort((a, b) => a[0] - b[0]).map(([, unit]) => unit.id);
      if (live.length > 0) {
        const loaded = TranslationMemory.fromBytes(tm.toBytes());
        expect(Array.from({ length: loaded.size }, (_, i) => loaded.unitAt(i).id)).toEqual(live);
      }
    },
  );
});
