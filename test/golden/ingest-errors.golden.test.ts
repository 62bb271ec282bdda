/**
 * One golden case per error code of reading and ingesting input:
 * test/fixtures/errors/<case>/ with args.json (the command-line paths,
 * relative to the case folder), the files they name, and expected.json (the
 * error's code, file, place, and the codes of the issues it carries);
 * options.json, when present, holds ingest options.
 * Only the cases named ingest-* and file-* belong to this harness.
 */
import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/cli/input/read-input';
import { ingest } from '../../src/ingest/ingest';
import type { IngestOptions } from '../../src/ingest/ingest-options';
import { describeErrorForGolden } from '../helpers/error-golden';
import { expectGolden, listCases, toGoldenJson } from '../helpers/golden';

const cases = listCases('errors').filter((c) => /^(?:ingest|file)-/u.test(c.name));
const noStdin = { readStdin: (): Promise<Buffer> => Promise.reject(new Error('no stdin in this test')) };

describe('ingest error cases', () => {
  it('cover every error code of reading and ingesting input', () => {
    const codes = new Set(cases.map((c) => (c.readJson('expected.json') as { code: string }).code));
    for (const code of ['FILE_NOT_FOUND', 'FILE_UNREADABLE', 'INGEST_EMPTY_INPUT', 'INGEST_BINARY_INPUT', 'INGEST_INVALID_ENCODING', 'INGEST_NO_ENGLISH_TEXT', 'INGEST_NO_CHINESE_TEXT', 'INGEST_NO_FILE_PAIRS', 'INGEST_LINE_TOO_LONG']) {
      expect(codes, code).toContain(code);
    }
  });

  for (const errorCase of cases) {
    it(errorCase.name, async (context) => {
      const args = (errorCase.readJson('args.json') as string[]).map((arg) => `${errorCase.dir}/${arg}`);
      const error = await readInput(args, noStdin)
        .then((read) => {
          ingest(read.input, errorCase.has('options.json') ? (errorCase.readJson('options.json') as IngestOptions) : {});
          return undefined;
        })
        .catch((caught: unknown) => caught);
      expectGolden(context, errorCase, 'expected.json', toGoldenJson(describeErrorForGolden(error, errorCase.dir)));
    });
  }
});
