/**
 * Invariants of the terms stage for any input: the TSV round trip, lookup of
 * a term by its own forms, and extraction that never throws on odd text and
 * only claims what the units hold.
 */
import { fc, test } from '@fast-check/vitest';
import { beforeAll, describe, expect } from 'vitest';
import { toSimplified, toTraditional } from '../../src/chinese/convert-script';
import { loadLexicon } from '../../src/lexicon/load-lexicon';
import type { Lexicon } from '../../src/lexicon/lexicon';
import { createTermbase } from '../../src/terms/termbase/create-termbase';
import { extractTerms } from '../../src/terms/extract-terms';
import { parseTermsTsv } from '../../src/terms/io/parse-terms-tsv';
import { serializeTermsTsv } from '../../src/terms/io/serialize-terms-tsv';
import type { Term, TranslationUnit } from '../../src/types';

/** Han, Latin, digits, CJK punctuation, XML specials and separators, mixed. */
const mixedText = fc.string({
  unit: fc.constantFrom(...'重慶市政府外辦主任王雯總領事葉梅利亞諾夫區縣·、，。「」ABCWang Wen-Director General of the 0129&<>"\'\t\\ '.split('')),
  maxLength: 24,
});
const nonEmpty = mixedText.filter((s) => s.trim().length > 0 && !s.includes('\n'));
const term: fc.Arbitrary<Term> = fc.record({
  type: fc.constantFrom('person', 'org', 'place', 'title', 'event'),
  en: nonEmpty,
  zh: nonEmpty,
  zhHans: nonEmpty,
  count: fc.nat({ max: 1000 }),
  confidence: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
  methods: fc.uniqueArray(fc.constantFrom('pinyin', 'cedict', 'appositive', 'association', 'transliteration', 'short-form', 'abbreviation'), { maxLength: 3 }),
  units: fc.array(fc.stringMatching(/^[a-z0-9-]{1,8}$/u), { maxLength: 3 }),
  examples: fc.array(fc.record({ unit: fc.stringMatching(/^[a-z0-9-]{1,8}$/u), en: mixedText, zh: mixedText }), { maxLength: 2 }),
});

describe('terms TSV', () => {
  test.prop([fc.array(term, { maxLength: 6 })])('parseTermsTsv(serializeTermsTsv(terms)) keeps every field and the first example', (terms) => {
    const back = parseTermsTsv(serializeTermsTsv(terms));
    const expected = terms.map((t) => {
      const example = t.examples[0];
      const kept = example === undefined || (example.en.length === 0 && example.zh.length === 0) ? [] : [{ unit: t.units[0] ?? '', en: example.en, zh: example.zh }];
      return { ...t, examples: kept };
    });
    expect(back).toEqual(expected);
  });
});

describe('termbase lookup', () => {
  test.prop([term])('finds a term by its own English form and by its Chinese form in either script', (t) => {
    const termbase = createTermbase([t]);
    if (/[\p{L}\p{N}]/u.test(t.en) && !/\p{Script=Han}/u.test(t.en)) {
      expect(termbase.lookupTerm(t.en).some((m) => m.term === t && m.exact)).toBe(true);
    }
    const zhHans = toSimplified(t.zh);
    const hanTerm = { ...t, zhHans };
    if (/\p{Script=Han}/u.test(t.zh)) {
      const zhTermbase = createTermbase([hanTerm]);
      expect(zhTermbase.lookupTerm(t.zh).some((m) => m.term === hanTerm && m.exact)).toBe(true);
      expect(zhTermbase.lookupTerm(toTraditional(zhHans)).some((m) => m.term === hanTerm && m.exact)).toBe(true);
    }
  });
});

describe('extractTerms on any text', () => {
  let lexicon: Lexicon;
  beforeAll(() => {
    lexicon = loadLexicon();
  });
  const unit: fc.Arbitrary<TranslationUnit> = fc.record({ id: fc.stringMatching(/^[a-z0-9]{1,6}$/u), en: mixedText, zh: mixedText });
  test.prop([fc.uniqueArray(unit, { maxLength: 5, selector: (u) => u.id })], { numRuns: 60 })('never throws, and every term is held by its units', (units) => {
    const result = extractTerms(units, { lexicon });
    const { terms, review, entries } = result;
    for (const t of [...terms, ...review]) {
      expect(t.count).toBe(t.units.length);
      expect(t.confidence).toBeGreaterThanOrEqual(0);
      expect(t.confidence).toBeLessThanOrEqual(1);
      for (const id of t.units) expect(toSimplified(units.find((u) => u.id === id)!.zh)).toContain(t.zhHans);
    }
    // Every term of the termbase is in exactly one entry, and entries point at it.
    expect(entries.flatMap((e) => e.terms).sort((a, b) => a - b)).toEqual(terms.map((_, i) => i));
    for (const e of entries) for (const i of e.terms) expect(terms[i]?.entry).toBe(e.id);
    // Deterministic, and an issue for every unit skipped.
    expect(extractTerms(units, { lexicon })).toEqual(result);
    const skipped = units.filter((u) => u.en.trim().length === 0 || u.zh.trim().length === 0).length;
    expect(result.issues.filter((i) => i.code === 'TERMS_EMPTY_SIDE' || i.code === 'TERMS_NO_UNITS')).toHaveLength(skipped + (units.length === 0 ? 1 : 0));
  });
});
