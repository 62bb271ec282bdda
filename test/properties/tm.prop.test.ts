/**
 * Fuzzy scores and lookup ranking for any text: fuzzyScore(a, a) === 1, every
 * score is in [0, 1] (and symmetric), and a unit whose source is the query
 * ranks first (ties with other perfect matches allowed).
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { fuzzyScore } from '../../src/tm/search/fuzzy-score';
import { tokenizeForMatch } from '../../src/tm/tokens/tokenize-for-match';
import { TranslationMemory } from '../../src/tm/translation-memory';

/** Han (both scripts, an astral one), Latin, digits, CJK and ASCII punctuation, XML specials and XML-illegal controls. */
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...Array.from('重慶庆市政府外辦办總总領领事的和'), '𠮶') },
  { weight: 6, arbitrary: fc.constantFrom('Consul', 'general', 'GENERAL', 'Ｆｏｒｕｍ', 'don’t', "don't", 'U.S.', 'of', 'the') },
  { weight: 2, arbitrary: fc.constantFrom('50', '2022', '1,000', '３', '10:30') },
  { weight: 3, arbitrary: fc.constantFrom(' ', '\u3000', '\t', '-', '，', '。', '「', '」', '.', ',') },
  { weight: 1, arbitrary: fc.constantFrom('<', '&', '>', '"', "'", '\u0000', '\u0007', '\uFFFE', '\uD800') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
);
const text = fc.array(piece, { maxLength: 20 }).map((pieces) => pieces.join(''));
const hasTokens = (value: string): boolean => tokenizeForMatch(value).length > 0;

describe('fuzzyScore', () => {
  test.prop([fc.string({ unit: 'grapheme' })])('scores a text against itself 1', (a) => {
    expect(fuzzyScore(a, a)).toBe(1);
  });

  test.prop([text])('scores a mixed text against itself 1', (a) => {
    expect(fuzzyScore(a, a)).toBe(1);
  });

  test.prop([text, text])('scores any two texts in [0, 1], the same both ways', (a, b) => {
    const score = fuzzyScore(a, b);
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(1);
    expect(fuzzyScore(b, a)).toBe(score);
  });
});

describe('lookup', () => {
  test.prop([fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 12 }), fc.nat(), fc.constantFrom('en' as const, 'zh' as const)])(
    'ranks a unit whose source is the query first (ties allowed); every score in [minScore, 1]',
    (pairs, pick, lang) => {
      const units = pairs.map(([en, zh], i) => ({ id: `u${i}`, en, zh }));
      const unit = units[pick % units.length];
      fc.pre(unit !== undefined && hasTokens(unit[lang]));
      const matches = TranslationMemory.fromUnits(units).lookup(unit[lang], { lang, minScore: 0.5, limit: 3 });
      expect(matches[0]?.score).toBe(1);
      for (const match of matches) {
        expect(match.score).toBeGreaterThanOrEqual(0.5);
        expect(match.score).toBeLessThanOrEqual(1);
        expect(match.score).toBe(fuzzyScore(unit[lang], match.source));
      }
      // The unit itself is among the perfect matches, or the limit was filled by earlier perfect ones.
      const perfect = matches.filter((match) => match.score === 1).map((match) => match.unitIndex);
      expect(perfect.includes(pick % units.length) || perfect.length === 3).toBe(true);
    },
  );
});
