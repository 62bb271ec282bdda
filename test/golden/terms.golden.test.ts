/**
 * Golden cases of the terms stage: one folder per kind of evidence under
 * test/fixtures/terms/<case>/ with units.json (input) and expected.tsv (the
 * termbase, then the pairs held back for review after a `#` line). Invariants are checked
 * on every case besides equality.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { loadLexicon } from '../../src/lexicon/load-lexicon';
import type { Lexicon } from '../../src/lexicon/lexicon';
import { toSimplified } from '../../src/chinese/convert-script';
import { extractTerms } from '../../src/terms/extract-terms';
import { compareTerms } from '../../src/terms/termbase/compare-terms';
import { serializeTermsTsv } from '../../src/terms/io/serialize-terms-tsv';
import type { Term, TranslationUnit } from '../../src/types';
import { expectGolden, listCases } from '../helpers/golden';

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon();
});

const cases = listCases('terms');

describe('terms golden cases', () => {
  test('there are cases to run', () => {
    expect(cases.length).toBeGreaterThanOrEqual(6);
  });
  for (const goldenCase of cases) {
    const run = goldenCase.knownFailure ? test.fails : test;
    run(goldenCase.name, (context) => {
      const { units } = goldenCase.readJson('units.json') as { units: TranslationUnit[] };
      const { terms, review } = extractTerms(units, { lexicon });
      checkInvariants(terms, units);
      checkInvariants(review, units);
      const held = review.length === 0 ? '' : `\n# below the confidence threshold, for review\n${serializeTermsTsv(review)}`;
      expectGolden(context, goldenCase, 'expected.tsv', serializeTermsTsv(terms) + held);
    });
  }
});

/** Every term points to real units that hold both of its forms; order is stable; no pair twice. */
function checkInvariants(terms: readonly Term[], units: readonly TranslationUnit[]): void {
  const byId = new Map(units.map((u) => [u.id, u]));
  const keys = new Set<string>();
  for (const term of terms) {
    expect(term.confidence).toBeGreaterThanOrEqual(0);
    expect(term.confidence).toBeLessThanOrEqual(1);
    expect(term.count).toBe(term.units.length);
    expect(term.zhHans).toBe(toSimplified(term.zh));
    const key = `${term.type}\t${term.en.toLowerCase()}\t${term.zhHans}`;
    expect(keys.has(key)).toBe(false);
    keys.add(key);
    for (const id of term.units) {
      const unit = byId.get(id);
      expect(unit).toBeDefined();
      expect(toSimplified(unit!.zh)).toContain(term.zhHans);
    }
    expect(term.units.some((id) => byId.get(id)!.en.toLowerCase().replace(/’/gu, "'").includes(term.en.toLowerCase().replace(/’/gu, "'")))).toBe(true);
  }
  const sorted = [...terms].sort(compareTerms);
  expect(terms.map((t) => t.en + t.zhHans)).toEqual(sorted.map((t) => t.en + t.zhHans));
}
