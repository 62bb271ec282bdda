/**
 * Golden cases of the TBX writer: test/fixtures/tbx/<case>/terms.json holds
 * terms and options, expected.tbx the output. Every case must also be
 * well-formed XML holding exactly the given terms.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { serializeTbx, type TbxOptions } from '../../src/export/serialize-tbx';
import type { Term } from '../../src/types';
import { expectGolden, listCases } from '../helpers/golden';

const cases = listCases('tbx');

describe('TBX golden cases', () => {
  test('there are cases to run', () => {
    expect(cases.length).toBeGreaterThanOrEqual(2);
  });
  for (const goldenCase of cases) {
    test(goldenCase.name, (context) => {
      const { terms, options } = goldenCase.readJson('terms.json') as { terms: Term[]; options: Partial<TbxOptions> };
      const tbx = serializeTbx(terms, options);
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- its replacement (fast-xml-validator) is not a dependency; fast-xml-parser 5 still ships this well-formedness check
      expect(XMLValidator.validate(tbx)).toBe(true);
      const parsed = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ['termEntry', 'conceptEntry', 'langSet', 'langSec'].includes(name) }).parse(tbx) as Record<string, unknown>;
      const entries = options.version === 3
        ? ((parsed['tbx'] as { text: { body: { conceptEntry: { langSec: { termSec: { term: string } }[] }[] } } }).text.body.conceptEntry.map((e) => e.langSec.map((l) => l.termSec.term)))
        : ((parsed['martif'] as { text: { body: { termEntry: { langSet: { tig: { term: string } }[] }[] } } }).text.body.termEntry.map((e) => e.langSet.map((l) => l.tig.term)));
      expect(entries).toEqual(terms.map((t) => [t.en, options.zhForm === 'simplified' ? t.zhHans : t.zh]));
      expectGolden(context, goldenCase, 'expected.tbx', tbx);
    });
  }
});
