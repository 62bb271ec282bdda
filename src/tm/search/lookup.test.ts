import { describe, expect, it } from 'vitest';
import { mutate, randomText, randomUnits } from '../../../test/helpers/random-tm';
import { seededRandom } from '../../../test/helpers/seeded-random';
import { distance } from 'fastest-levenshtein';
import { tokenizeForMatch } from '../tokens/tokenize-for-match';
import { TranslationMemory } from '../translation-memory';
import { maxOf } from '../../min-max';

/**
 * The reference score, independent of the code under test past tokenization:
 * fastest-levenshtein over the token keys, one character per distinct key.
 */
const codes = new Map<string, string>();
const encode = (text: string): string =>
  tokenizeForMatch(text)
    .map((t) => {
      let code = codes.get(t.key);
      if (code === undefined) codes.set(t.key, (code = String.fromCharCode(0x4e00 + codes.size)));
      return code;
    })
    .join('');
const bruteScore = (a: string, b: string): number => {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - distance(a, b) / longer;
};

const MIN_SCORES = [0, 0.2, 0.45, 0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 1];

describe('lookup agrees with a brute-force scan on random memories', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`seed ${seed}: every unit scoring ≥ minScore is found, with the same score and order`, () => {
      const random = seededRandom(seed);
      const units = randomUnits(random, 300);
      const tm = TranslationMemory.fromUnits(units);
      const encoded = { en: units.map((u) => encode(u.en)), zh: units.map((u) => encode(u.zh)) };
      let nonEmpty = 0;
      for (let q = 0; q < 120; q++) {
        const lang = random() < 0.5 ? 'en' : 'zh';
        const base = units[Math.floor(random() * units.length)];
        const text = base && random() < 0.7 ? mutate(random, base[lang], lang, Math.floor(random() * 4)) : randomText(random, lang, 14);
        if (!/[\p{L}\p{N}]/u.test(text)) continue;
        const minScore = MIN_SCORES[q % MIN_SCORES.length] ?? 0.75;
        const expected = units
          .map((unit, index) => ({ tuid: unit.id, index, score: bruteScore(encode(text), encoded[lang][index] ?? '') }))
          .filter((m) => m.score >= minScore)
          .sort((a, b) => b.score - a.score || a.index - b.index)
          .map((m) => [m.tuid, m.score]);
        const found = tm.lookup(text, { lang, minScore, limit: Infinity }).map((m) => [m.tuid, m.score]);
        expect(found, `query ${JSON.stringify(text)} (${lang}) at minScore ${minScore}`).toEqual(expected);
        // With a limit, the threshold rises as matches fill up: still the brute-force best, in order.
        const limit = 1 + (q % 4);
        const best = tm.lookup(text, { lang, minScore, limit }).map((m) => [m.tuid, m.score]);
        expect(best, `limit ${limit}: query ${JSON.stringify(text)} (${lang}) at minScore ${minScore}`).toEqual(expected.slice(0, limit));
        if (expected.length > 0) nonEmpty++;
      }
      // Check the premise: the queries do find things, so agreement is not vacuous.
      expect(nonEmpty).toBeGreaterThan(40);
    });
  }

  it('top-1 with the default limit equals the brute-force best', () => {
    const random = seededRandom(99);
    const units = randomUnits(random, 500);
    const tm = TranslationMemory.fromUnits(units);
    const encoded = units.map((u) => encode(u.en));
    for (let q = 0; q < 200; q++) {
      const base = units[Math.floor(random() * units.length)];
      if (!base || !/\p{L}/u.test(base.en)) continue;
      const text = mutate(random, base.en, 'en', 1 + Math.floor(random() * 3));
      if (!/\p{L}/u.test(text)) continue;
      const query = encode(text);
      const best = maxOf(encoded.map((unit) => bruteScore(query, unit)));
      const top = tm.lookup(text, { lang: 'en' })[0];
      if (best >= 0.75) expect(top?.score).toBe(best);
      else expect(top).toBeUndefined();
    }
  });
});
