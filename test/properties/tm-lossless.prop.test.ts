/**
 * The lookup guarantee, against brute force on generated memories: for every
 * query and every minScore from 0.5 to 1, the matches are exactly the units a
 * full scan finds at or above minScore — so the first result is a best unit
 * whenever one reaches the threshold, and nothing is returned otherwise.
 *
 * The memories are built to stress the filters where they could lose a unit:
 * a small vocabulary (many shared tokens, repeated tokens), units up to 400
 * tokens (past the 255 at which the stored prefix ranks saturate), and
 * near-copies and queries whose edit count is drawn around the largest count
 * the threshold allows (k − 2 … k + 2 for k = ⌊(1 − minScore)·length⌋).
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { tokenizeForMatch } from '../../src/tm/tokens/tokenize-for-match';
import { TranslationMemory } from '../../src/tm/translation-memory';
import type { TranslationUnit } from '../../src/types';

const WORDS = ['the', 'of', 'forum', 'office', 'consul', 'general', 'Chongqing', 'met', '2022', 'and', 'in', 'trade', 'belarus', 'city'];
const CHARS = Array.from('的市政府外辦办總总領领事会议论坛重慶庆');
/** Longer than any query the scenario can draw. */
const LONGEST_QUERY = 100_000;
const MIN_SCORES = [0.5, 0.55, 0.6, 0.67, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1] as const;

/** Plain Levenshtein over token keys: the reference, sharing nothing with the index but the tokenizer. */
function distance(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

const keys = (text: string): string[] => tokenizeForMatch(text).map((token) => token.key);
const score = (a: readonly string[], b: readonly string[]): number => {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - distance(a, b) / longer;
};

/** Token lists: mostly short, some long (past 255 tokens). */
const tokenCount = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 30 }) }, { weight: 2, arbitrary: fc.integer({ min: 30, max: 120 }) }, { weight: 1, arbitrary: fc.integer({ min: 250, max: 400 }) });
const tokens = (pool: readonly string[]): fc.Arbitrary<number[]> => tokenCount.chain((n) => fc.array(fc.nat({ max: pool.length - 1 }), { minLength: n, maxLength: n }));

/** `edits` random edits (replace, delete, insert) of a token-index list, driven by `choices`. */
function edit(base: readonly number[], edits: number, choices: readonly number[], poolSize: number): number[] {
  const out = [...base];
  for (let e = 0; e < edits; e++) {
    const c = choices[e % choices.length] ?? 0;
    const at = (c >>> 3) % (out.length + 1);
    const op = c % 3;
    const token = (c >>> 11) % poolSize;
    if (op === 0 && out.length > 0) out.splice(Math.min(at, out.length - 1), 1);
    else if (op === 1) out.splice(at, 0, token);
    else if (out.length > 0) out[Math.min(at, out.length - 1)] = token;
  }
  return out;
}

/** Edit counts around the threshold's limit for a text of `length` tokens. */
const nearThreshold = (length: number, minScore: number, offset: number): number => Math.max(0, Math.floor((1 - minScore) * length) + offset);

const render = (indexes: readonly number[], lang: 'en' | 'zh'): string => (lang === 'en' ? indexes.map((i) => WORDS[i] ?? '').join(' ') : indexes.map((i) => CHARS[i] ?? '').join('') + '。');

const scenario = fc.record({
  lang: fc.constantFrom('en' as const, 'zh' as const),
  bases: fc.array(fc.tuple(tokens(WORDS), tokens(CHARS)), { minLength: 1, maxLength: 8 }),
  copies: fc.array(fc.tuple(fc.nat(), fc.integer({ min: -2, max: 2 }), fc.array(fc.nat(), { minLength: 1, maxLength: 8 })), { maxLength: 30 }),
  query: fc.tuple(fc.nat(), fc.integer({ min: -2, max: 2 }), fc.array(fc.nat(), { minLength: 1, maxLength: 8 })),
  minScore: fc.constantFrom(...MIN_SCORES),
});

describe('lookup never misses the best unit (fast-check against brute force)', () => {
  test.prop([scenario], { numRuns: Number(process.env["TM_PROP_RUNS"] ?? 150) })('the matches are the brute-force matches ≥ minScore, best first; limit 1 gives a best unit', ({ lang, bases, copies, query, minScore }) => {
    const pool = lang === 'en' ? WORDS : CHARS;
    const sides: { en: number[]; zh: number[] }[] = bases.map(([en, zh]) => ({ en, zh }));
    for (const [which, offset, choices] of copies) {
      const base = sides[which % sides.length] as { en: number[]; zh: number[] };
      const edits = nearThreshold(base[lang].length, minScore, offset);
      sides.push({ ...base, [lang]: edit(base[lang], edits, choices, pool.length) });
    }
    const units: TranslationUnit[] = sides.map((side, i) => ({ id: `u${i}`, en: render(side.en, 'en'), zh: render(side.zh, 'zh') }));
    const [which, offset, choices] = query;
    const target = sides[which % sides.length] as { en: number[]; zh: number[] };
    const text = render(edit(target[lang], nearThreshold(target[lang].length, minScore, offset), choices, pool.length), lang);
    fc.pre(tokenizeForMatch(text).length > 0);

    const queryKeys = keys(text);
    const expected = units
      .map((unit, index) => ({ index, score: score(queryKeys, keys(unit[lang])) }))
      .filter((m) => m.score >= minScore)
      .sort((a, b) => b.score - a.score || a.index - b.index);
    // Queries here reach 6,000 characters (400 tokens plus insertions): past the default limit of
    // 4,096, which is a guard for users, not part of the guarantee under test.
    const tm = TranslationMemory.fromUnits(units, { maxQueryLength: LONGEST_QUERY });
    const all = tm.lookup(text, { lang, minScore, limit: Infinity }).map((m) => ({ index: m.unitIndex, score: m.score }));
    expect(all).toEqual(expected);
    const first = tm.lookup(text, { lang, minScore, limit: 1 })[0];
    expect(first?.score).toBe(expected[0]?.score);
  });
});
