import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version';
import { formatError } from '../../src/cli/report-error';
import { IngestError } from '../../src/errors';
import { runCliInProcess } from '../helpers/run-cli-in-process';

describe('bitext-tm CLI', () => {
  it('prints help listing the commands', async () => {
    const run = await runCliInProcess(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^bitext-tm .*\n\nUsage: bitext-tm <command>/u);
  });

  it('prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
    expect((await runCliInProcess(['--version'])).stdout).toBe(`${pkg.version}\n`);
  });

  it('rejects an unknown command with one line and exit 1, no stack', async () => {
    const run = await runCliInProcess(['frobnicate']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^bitext-tm: Unknown command "frobnicate".*\[CLI_UNKNOWN_COMMAND\]\n$/u);
    expect(run.stderr.split('\n')).toHaveLength(2);
  });

  it('formats user errors as file:line:column: message [code]', () => {
    const error = new IngestError('INGEST_INVALID_ENCODING', 'Byte 0xff is not valid UTF-8.', { file: 'a.txt', place: { line: 3, column: 7, offset: 20 } });
    expect(formatError(error)).toBe('a.txt:3:7: Byte 0xff is not valid UTF-8. [INGEST_INVALID_ENCODING]');
    expect(formatError(new Error('boom'))).toMatch(/^internal error \(a bug in bitext-tm/u);
  });
});

describe('bad options, for every command', () => {
  it('prints one usage line and exits 1 for an unknown option, never an internal error', async () => {
    for (const command of ['build', 'align', 'eval', 'terms', 'term', 'tmx', 'index', 'lookup', 'concordance']) {
      const run = await runCliInProcess([command, '--no-such-option', 'x']);
      expect(run.code, command).toBe(1);
      expect(run.stderr, command).toMatch(new RegExp(`^bitext-tm ${command}: .*\\[CLI_USAGE\\]\\n$`, 'u'));
    }
  });
});
