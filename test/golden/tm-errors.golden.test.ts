/**
 * One golden case per error code of the translation memory:
 * test/fixtures/errors/tm-<case>/ with either args.json (a `bitext-tm`
 * command line; paths relative to the case folder, `{seed-index}` standing for
 * an index built from test/fixtures/tm/seed-units.json and `{1-MB-query}` for
 * a query of 1 MiB) or units.json (units for `TranslationMemory.fromUnits`),
 * and expected.json (the error's code, file, place, and its issues' codes).
 * Only the cases named tm-* belong to this harness.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io';
import { COMMANDS } from '../../src/cli/commands/index';
import { TranslationMemory } from '../../src/tm/translation-memory';
import type { TranslationUnit } from '../../src/types';
import { describeErrorForGolden } from '../helpers/error-golden';
import { expectGolden, listCases, toGoldenJson, type GoldenCase } from '../helpers/golden';

const cases = listCases('errors').filter((c) => c.name.startsWith('tm-'));
const seedIndex = join(mkdtempSync(join(tmpdir(), 'bitext-tm-errors-')), 'seed.tmidx');
const io: CliIo = {
  stdout: { write: () => true },
  stderr: { write: () => true },
  env: {},
  readStdin: () => Promise.reject(new Error('no stdin in this test')),
};

beforeAll(() => {
  const units = JSON.parse(readFileSync(new URL('../fixtures/tm/seed-units.json', import.meta.url), 'utf8')) as TranslationUnit[];
  TranslationMemory.fromUnits(units).save(seedIndex);
});

async function failure(errorCase: GoldenCase): Promise<unknown> {
  const dir = errorCase.dir;
  try {
    if (errorCase.has('units.json')) {
      TranslationMemory.fromUnits(errorCase.readJson('units.json') as TranslationUnit[]);
      return undefined;
    }
    const [name, ...args] = (errorCase.readJson('args.json') as string[]).map((arg) =>
      arg === '{seed-index}' ? seedIndex : arg === '{1-MB-query}' ? 'Consul-General '.repeat(70_000) : /\.(?:tmidx|jsonl|tmx)$/u.test(arg) ? join(dir, arg) : arg,
    );
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) throw new Error(`no command ${String(name)}`);
    await command.run(args, io);
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('tm error cases', () => {
  it('cover every error code of the translation memory', () => {
    const codes = new Set(cases.map((c) => (c.readJson('expected.json') as { code: string }).code));
    for (const code of ['TM_EMPTY_QUERY', 'TM_QUERY_TOO_LONG', 'TM_UNKNOWN_LANG', 'TM_NO_UNITS', 'TM_INDEX_CORRUPT', 'TM_BATCH_LINE_INVALID', 'TM_INVALID_OPTION']) {
      expect(codes, code).toContain(code);
    }
  });

  for (const errorCase of cases) {
    it(errorCase.name, async (context) => {
      const error = await failure(errorCase);
      expectGolden(context, errorCase, 'expected.json', toGoldenJson(describeErrorForGolden(error, errorCase.dir)));
    });
  }
});
