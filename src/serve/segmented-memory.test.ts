import { describe, expect, it } from 'vitest';
import { mutate, randomText, randomUnits } from '../../test/helpers/random-tm';
import { seededRandom } from '../../test/helpers/seeded-random';
import { TranslationMemory } from '../tm/translation-memory';
import type { TranslationUnit } from '../types';
import { SegmentedMemory, type LiveMatch } from './segmented-memory';
import { appendAll } from '../append-all';

/** Tiny merge sizes, so a few dozen writes go through every kind of merge. */
const TINY = { sizeRatio: 2, mergedUnits: 40, sliceUnits: 7 };

const withoutKey = <T extends { key: number }>({ key: _key, ...rest }: T): Omit<T, 'key'> => rest;

/** The live units of a run, in order, next to the memory under test. */
class Reference {
  readonly live: { key: number; unit: TranslationUnit }[] = [];
  library(): TranslationMemory | undefined {
    return this.live.length === 0 ? undefined : TranslationMemory.fromUnits(this.live.map((u) => u.unit));
  }
}

function queriesFor(random: () => number, units: readonly TranslationUnit[]): { text: string; lang: 'en' | 'zh' }[] {
  const queries: { text: string; lang: 'en' | 'zh' }[] = [];
  for (let q = 0; q < 12; q++) {
    const lang = random() < 0.5 ? 'en' : 'zh';
    const base = units[Math.floor(random() * units.length)];
    const text = base && random() < 0.8 ? mutate(random, base[lang], lang, Math.floor(random() * 3)) : randomText(random, lang, 8);
    if (text.trim() !== '' && /[\p{L}\p{N}]/u.test(text)) queries.push({ text, lang });
  }
  return queries;
}

describe('SegmentedMemory', () => {
  it('answers lookups and concordance exactly as the library does on the live units, through adds, deletes and merges', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const random = seededRandom(seed);
      const memory = new SegmentedMemory({}, TINY);
      const reference = new Reference();
      const pool = randomUnits(random, 160, 10);
      let next = 0;
      let key = 1;
      for (let step = 0; step < 30; step++) {
        const action = random();
        if (action < 0.6 && next < pool.length) {
          const count = 1 + Math.floor(random() * (random() < 0.2 ? 20 : 4));
          const batch = pool.slice(next, next + count).map((unit) => ({ key: key++, unit }));
          next += batch.length;
          memory.append(batch);
          appendAll(reference.live, batch);
        } else if (reference.live.length > 0) {
          const victims = Array.from({ length: 1 + Math.floor(random() * 3) }, () => reference.live[Math.floor(random() * reference.live.length)]?.key ?? 0);
          const removed = memory.remove(victims);
          const expected = [...new Set(victims)];
          expect(removed.sort()).toEqual(expected.sort());
          for (const victim of expected) reference.live.splice(reference.live.findIndex((u) => u.key === victim), 1);
        }
        expect(memory.size).toBe(reference.live.length);
        const library = reference.library();
        for (const { text, lang } of queriesFor(random, pool.slice(0, next))) {
          for (const options of [{ lang }, { lang, limit: 2, minScore: 0.5 }, { lang, limit: Infinity, minScore: 0.3 }]) {
            const got = memory.lookup(text, options);
            const want = library ? library.lookup(text, options) : [];
            expect(got.map(withoutKey), `seed ${seed} step ${step} lookup "${text}"`).toEqual(want);
            expect(got.map((m) => m.key)).toEqual(want.map((m) => reference.live[m.unitIndex]?.key));
          }
          const phrase = text.split(/[ ,]+/u).slice(0, 2).join(' ');
          if (/[\p{L}\p{N}]/u.test(phrase)) {
            const got = memory.concordance(phrase, { lang, limit: 3 });
            expect(got.map(withoutKey), `seed ${seed} concordance "${phrase}"`).toEqual(library ? library.concordance(phrase, { lang, limit: 3 }) : []);
          }
        }
        expect(Array.from({ [Symbol.iterator]: () => memory.snapshot() }, (u) => u.key)).toEqual(reference.live.map((u) => u.key));
      }
      expect(memory.segmentCount).toBeLessThan(12);
    }
  });

  it('validates queries and options like the library, even when it holds nothing', () => {
    const memory = new SegmentedMemory();
    expect(memory.lookup('Consul-General')).toEqual([]);
    expect(() => memory.lookup('   ')).toThrow(expect.objectContaining({ code: 'TM_EMPTY_QUERY' }));
    expect(() => memory.lookup('x'.repeat(5000))).toThrow(expect.objectContaining({ code: 'TM_QUERY_TOO_LONG' }));
    expect(() => memory.lookup('hello', { lang: 'fr' })).toThrow(expect.objectContaining({ code: 'TM_UNKNOWN_LANG' }));
    expect(() => memory.lookup('hello', { limit: 0 })).toThrow(expect.objectContaining({ code: 'TM_INVALID_OPTION' }));
    expect(() => memory.concordance('')).toThrow(expect.objectContaining({ code: 'TM_EMPTY_QUERY' }));
  });

  it('finds live units behind many deleted better ones', () => {
    const memory = new SegmentedMemory();
    const units = Array.from({ length: 50 }, (_, i) => ({ key: i + 1, unit: { id: `u${i}`, en: `the forum was held in Chongqing ${i % 2 === 0 ? 'today' : 'yesterday'}`, zh: `论坛${i}` } }));
    memory.append(units);
    memory.remove(units.filter((_, i) => i < 40).map((u) => u.key));
    const matches: LiveMatch[] = memory.lookup('the forum was held in Chongqing today', { limit: 3 });
    expect(matches.map((m) => m.key)).toEqual([41, 43, 45]);
    expect(matches.map((m) => m.unitIndex)).toEqual([0, 2, 4]);
  });

  it('keeps earlier units visible while a large batch is indexed in slices, then shows the batch at once', async () => {
    const memory = new SegmentedMemory({}, TINY);
    memory.append([{ key: 1, unit: { id: 'a', en: 'Consul-General of Belarus', zh: '白俄罗斯总领事' } }]);
    const batch = randomUnits(seededRandom(7), 30).map((unit, i) => ({ key: 100 + i, unit }));
    const appending = memory.appendInSlices(batch);
    expect(memory.size).toBe(1);
    await appending;
    expect(memory.size).toBe(31);
    expect(memory.lookup('Consul-General of Belarus')[0]?.key).toBe(1);
  });
});
