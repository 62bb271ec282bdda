/**
 * Golden cases of the align stage: test/fixtures/align/<case>/ holds src.txt and
 * tgt.txt (one sentence per line), options.json (the languages) and
 * expected.align (written by hand, "[i,j]:[k]" per bead). Every case is also
 * checked for the bead invariants, whatever its expected file says.
 */
import { describe, expect, it, test } from 'vitest';
import { prepareAlignLexicon } from '../../src/align/align-lexicon';
import { alignSentences } from '../../src/align/align-sentences';
import type { AlignOptions } from '../../src/align/align-options';
import { formatBeads, parseBeadFile } from '../../src/align/eval/bead-file';
import { loadLexicon } from '../../src/lexicon/load-lexicon';
import { expectBeadInvariants } from '../helpers/bead-invariants';
import { expectGolden, listCases } from '../helpers/golden';

const lexicon = prepareAlignLexicon(loadLexicon());
const cases = listCases('align');

function lines(text: string): string[] {
  const all = text.split('\n');
  if (all.at(-1) === '') all.pop();
  return all;
}

describe('align golden cases', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const goldenCase of cases) {
    const run = goldenCase.knownFailure ? test.fails : test;
    run(goldenCase.name, (context) => {
      const source = lines(goldenCase.read('src.txt'));
      const target = lines(goldenCase.read('tgt.txt'));
      const options = goldenCase.readJson('options.json') as AlignOptions;
      // Premise: the expected file covers exactly the sentences of the inputs.
      const expected = parseBeadFile(goldenCase.read('expected.align'));
      expect(expected.flatMap((b) => b.source).sort((a, b) => a - b)).toEqual(source.map((_, k) => k));
      expect(expected.flatMap((b) => b.target).sort((a, b) => a - b)).toEqual(target.map((_, k) => k));
      const beads = alignSentences(source, target, { ...options, lexicon });
      expectBeadInvariants(beads, source.length, target.length);
      expectGolden(context, goldenCase, 'expected.align', formatBeads(beads));
    });
  }
});
