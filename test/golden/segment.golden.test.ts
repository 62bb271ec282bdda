/**
 * Golden cases of the segment stage: test/fixtures/segment/<case>/ holds
 * `input.txt`, `expected.txt` (one sentence per line; a line break inside a
 * sentence is written `\n`) and, when needed, `options.json` (`lang`, default
 * `en`, plus any SplitOptions). `source.md` says where a seed-derived input
 * came from. Every case also checks the lossless invariant.
 */
import { describe, expect, test } from 'vitest';
import { splitSentences, type SplitOptions } from '../../src/index';
import type { Lang } from '../../src/types';
import { expectGolden, listCases, type GoldenCase } from '../helpers/golden';
import { expectLossless } from '../helpers/segment-invariant';

interface CaseOptions extends SplitOptions {
  readonly lang?: Lang;
}

const cases = listCases('segment');

describe('segment golden cases', () => {
  test('there are golden cases', () => {
    expect(cases.length).toBeGreaterThan(30);
  });

  for (const goldenCase of cases) {
    const run = goldenCase.knownFailure === undefined ? test : test.fails;
    run(goldenCase.name, (context) => {
      const { lang = 'en', ...options } = readOptions(goldenCase);
      const input = goldenCase.read('input.txt');
      const sentences = splitSentences(input, lang, options);
      expectLossless(input, sentences);
      const actual = sentences.map((s) => `${s.text.replaceAll('\n', '\\n')}\n`).join('');
      expectGolden(context, goldenCase, 'expected.txt', actual);
    });
  }
});

function readOptions(goldenCase: GoldenCase): CaseOptions {
  return goldenCase.has('options.json') ? goldenCase.readJson('options.json') as CaseOptions : {};
}
