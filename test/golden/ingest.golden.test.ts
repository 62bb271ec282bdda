/**
 * Golden cases of the ingest stage: test/fixtures/ingest/<case>/ holds
 * input.txt (one bilingual text) or input.en.txt + input.zh.txt (a parallel
 * pair), optional options.json (IngestOptions), and expected.json (the
 * document as summarizeForGolden shows it). Every case must also satisfy the
 * lossless invariant.
 */
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest';
import type { IngestInput, IngestOptions } from '../../src/ingest/ingest-options';
import { expectGolden, listCases, toGoldenJson, type GoldenCase } from '../helpers/golden';
import { losslessViolations } from '../helpers/ingest-invariants';
import { summarizeForGolden } from '../helpers/ingest-summary';

function inputOf(goldenCase: GoldenCase): IngestInput {
  if (goldenCase.has('input.txt')) return { kind: 'mixed', source: { name: 'input.txt', text: goldenCase.read('input.txt') } };
  return {
    kind: 'parallel',
    en: { name: 'input.en.txt', text: goldenCase.read('input.en.txt') },
    zh: { name: 'input.zh.txt', text: goldenCase.read('input.zh.txt') },
  };
}

const cases = listCases('ingest');

describe('ingest golden cases', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  for (const goldenCase of cases) {
    const run = goldenCase.knownFailure === undefined ? it : it.fails;
    run(goldenCase.name, (context) => {
      const options = goldenCase.has('options.json') ? (goldenCase.readJson('options.json') as IngestOptions) : {};
      const document = ingest(inputOf(goldenCase), options);
      expect(losslessViolations(document)).toEqual([]);
      expectGolden(context, goldenCase, 'expected.json', toGoldenJson(summarizeForGolden(document)));
    });
  }
});
