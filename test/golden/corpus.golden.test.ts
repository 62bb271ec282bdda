/**
 * Golden cases of the main job's corpus stage: small bilingual texts written
 * for the test (test/fixtures/corpus/<case>/input.txt), with the units and
 * unaligned sentences a person expects (expected.txt, written by hand):
 *   unit <bead> <method> | English | Chinese
 *   unaligned <lang> | sentence
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type AlignLexicon, prepareAlignLexicon } from '../../src/align/align-lexicon';
import { buildCorpus } from '../../src/corpus/build-corpus';
import { ingest } from '../../src/ingest/ingest';
import { loadLexicon } from '../../src/lexicon/load-lexicon';
import type { Corpus } from '../../src/types';
import { expectCorpusInvariants } from '../helpers/corpus-invariants';
import { expectGolden, listCases } from '../helpers/golden';

let lexicon: AlignLexicon;
beforeAll(() => {
  lexicon = prepareAlignLexicon(loadLexicon());
});

function describeCorpus(corpus: Corpus): string {
  const units = corpus.units.map((u) => `unit ${u.origin.bead} ${u.method} | ${u.en} | ${u.zh}`);
  const unaligned = corpus.unaligned.map((u) => `unaligned ${u.sentence.lang} | ${u.sentence.text}`);
  return `${[...units, ...unaligned].join('\n')}\n`;
}

describe('corpus golden cases', () => {
  const cases = listCases('corpus');
  it('has the cases the issue names', () => {
    expect(cases.map((c) => c.name)).toEqual(expect.arrayContaining(['alternating-blocks', 'caption-line', 'reordered-pair', 'untranslated-sentence']));
  });
  for (const goldenCase of cases) {
    const run = goldenCase.knownFailure ? it.fails : it;
    run(goldenCase.name, (context) => {
      const document = ingest({ kind: 'mixed', source: { name: 'input.txt', text: goldenCase.read('input.txt') } });
      const corpus = buildCorpus(document, { lexicon });
      expectCorpusInvariants(corpus);
      expectGolden(context, goldenCase, 'expected.txt', describeCorpus(corpus));
    });
  }
});
