/**
 * How the CLI treats a user beyond the happy path: "did you mean" for a
 * misspelt command or option, --quiet for every command, --json for tmx
 * check, progress only on a terminal, and a concordance that says what
 * --limit left out.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io';
import { COMMANDS } from '../../src/cli/commands/index';
import { optionsOf, runCli } from '../../src/cli/run-cli';
import { runCliInProcess } from '../helpers/run-cli-in-process';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SEED_TMX = join(ROOT, 'corpus/out/chongqing-fao-2022.en-zh.tmx');
const BROKEN_TMX = join(ROOT, 'test/fixtures/tmx/end-tag-mismatch/input.tmx');
const SKIPPED_UNIT_TMX = join(ROOT, 'test/fixtures/tmx/tu-without-tuv/input.tmx');

describe('did you mean', () => {
  it('suggests the nearest command, in one line, exit 1', async () => {
    const run = await runCliInProcess(['biuld', 'x.txt', '--out', 'out']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^bitext-tm: Unknown command "biuld"\. Did you mean "build"\?.*\[CLI_UNKNOWN_COMMAND\]\n$/u);
    expect((await runCliInProcess(['help', 'lokup'])).stderr).toMatch(/Did you mean "lookup"\?/u);
  });

  it('suggests the nearest option of the command, in one plain line', async () => {
    const run = await runCliInProcess(['build', 'x.txt', '--out', 'out', '--thresold', '0.9']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('bitext-tm build: Unknown option "--thresold". Did you mean "--threshold"? Run "bitext-tm build --help". [CLI_USAGE]\n');
    expect((await runCliInProcess(['lookup', '--tm', 'x.tmx', '--min-scor', '0.5', 'q'])).stderr).toMatch(/Did you mean "--min-score"\?/u);
    expect((await runCliInProcess(['align', '--src', 'a', '--tgt', 'b', '--fromat', 'tsv'])).stderr).toMatch(/Did you mean "--format"\?/u);
    expect((await runCliInProcess(['tmx', 'chekc', 'a.tmx'])).stderr).toMatch(/Did you mean "check"\?/u);
    expect((await runCliInProcess(['tmx', 'convert', SEED_TMX, '--to', 'tvs'])).stderr).toMatch(/Did you mean "tsv"\?/u);
  });

  it('says a missing value or a stray argument plainly', async () => {
    expect((await runCliInProcess(['index', '--tm'])).stderr).toBe('bitext-tm index: Expected a value after --tm. Run "bitext-tm index --help". [CLI_USAGE]\n');
    expect((await runCliInProcess(['eval', '--gold', 'a', 'stray'])).stderr).toMatch(/^bitext-tm eval: Unexpected argument "stray"/u);
  });

  it('every option a help lists is one its command accepts (the suggestions come from the help)', async () => {
    for (const command of COMMANDS) {
      for (const option of optionsOf(command).filter((o) => o !== '--help' && o !== '--quiet' && o !== '-q')) {
        const run = await runCliInProcess([command.name, option]);
        expect(run.stderr, `${command.name} ${option}`).not.toMatch(/Unknown option/u);
      }
    }
  });
});

describe('--quiet', () => {
  it('silences progress, summaries and warnings on stderr for any command; stdout is unchanged', async () => {
    const loud = await runCliInProcess(['tmx', 'convert', SKIPPED_UNIT_TMX, '--to', 'tsv']);
    expect(loud.stderr).toMatch(/TMX_MISSING_SEG[\s\S]*wrote 2 unit\(s\)/u);
    for (const args of [
      ['--quiet', 'tmx', 'convert', SKIPPED_UNIT_TMX, '--to', 'tsv'],
      ['tmx', 'convert', SKIPPED_UNIT_TMX, '-q', '--to', 'tsv'],
    ]) {
      const quiet = await runCliInProcess(args);
      expect(quiet).toEqual({ code: 0, stdout: loud.stdout, stderr: '' });
    }
  });

  it('still prints the one error line and exits 1', async () => {
    const run = await runCliInProcess(['tmx', 'check', BROKEN_TMX, '--quiet']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^bitext-tm tmx: .*end-tag-mismatch\/input\.tmx:10:35: .*\[TMX_MALFORMED_XML\]\n$/u);
  });

  it('leaves "--quiet" after "--" to the command, as an argument', async () => {
    const run = await runCliInProcess(['concordance', '--tm', SEED_TMX, '--', '--quiet']);
    expect(run.stderr).not.toMatch(/Unknown option/u);
  });
});

describe('tmx check --json', () => {
  it('prints one JSON object with the counts and no other line', async () => {
    const run = await runCliInProcess(['tmx', 'check', SEED_TMX, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      file: SEED_TMX,
      valid: true,
      readToEnd: true,
      tmxVersion: '1.4',
      srclang: 'en',
      units: 65,
      bilingualUnits: 65,
      languages: { en: 65, 'zh-CN': 65 },
      errors: 0,
      warnings: 0,
      issues: [],
    });
  });

  it('lists skipped units and the error that stopped the reading as issues, exit 1', async () => {
    const skipped = await runCliInProcess(['tmx', 'check', SKIPPED_UNIT_TMX, '--json']);
    expect(skipped.code).toBe(1);
    expect(JSON.parse(skipped.stdout)).toMatchObject({ valid: false, readToEnd: true, units: 2, errors: 1, issues: [{ code: 'TMX_MISSING_SEG', line: 9, column: 5 }] });
    const broken = await runCliInProcess(['tmx', 'check', BROKEN_TMX, '--json']);
    expect(broken).toMatchObject({ code: 1, stderr: '' });
    expect(JSON.parse(broken.stdout)).toMatchObject({ valid: false, readToEnd: false, issues: [{ code: 'TMX_MALFORMED_XML', line: 10, column: 35 }] });
  });

  it('is refused for convert, which writes data', async () => {
    expect((await runCliInProcess(['tmx', 'convert', SEED_TMX, '--to', 'tsv', '--json'])).stderr).toMatch(/\[CLI_USAGE\]/u);
  });
});

describe('progress on a terminal', () => {
  /** The CLI with a stderr that says it is a terminal. */
  async function runOnTerminal(args: readonly string[]): Promise<{ code: number; stderr: string }> {
    let stderr = '';
    const io: CliIo = {
      stdout: { write: () => true, isTTY: false },
      stderr: { write: (text: string) => (stderr += text), isTTY: true },
      env: {},
      readStdin: () => Promise.resolve(Buffer.alloc(0)),
    };
    return { code: await runCli(args, io), stderr };
  }

  it('tmx convert and check draw a bar of bytes read, and clear it before the summary', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'bitext-progress-')), 'seed.tsv');
    for (const args of [
      ['tmx', 'convert', SEED_TMX, '--to', 'tsv', '--out', out],
      ['tmx', 'check', SEED_TMX],
    ]) {
      const run = await runOnTerminal(args);
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(/^\r(?:converting|checking) .*chongqing.* \[[#.]{30}\] [\d.]+\/[\d.]+ MB/u);
      expect(run.stderr).toMatch(/\r {20,}\r/u); // cleared
    }
    expect(readFileSync(out, 'utf8').split('\n')).toHaveLength(67);
  });

  it('draws nothing with --quiet', async () => {
    expect((await runOnTerminal(['tmx', 'check', SEED_TMX, '--quiet'])).stderr).toBe('');
  });
});

describe('concordance --limit', () => {
  it('says how many more units hold the phrase', async () => {
    const run = await runCliInProcess(['concordance', '--tm', SEED_TMX, '--limit', '2', 'Foreign Affairs Office']);
    const all = await runCliInProcess(['concordance', '--tm', SEED_TMX, '--limit', '1000', 'Foreign Affairs Office']);
    const units = all.stdout.trimEnd().split('\n').length / 2;
    expect(units).toBeGreaterThan(2);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(`… ${units - 2} more units contain the phrase (--limit ${units} lists them all).`);
    expect(all.stdout).not.toMatch(/more units? contain/u);
    expect((await runCliInProcess(['concordance', '--tm', SEED_TMX, '--limit', '0', 'Office'])).stderr).toMatch(/\[CLI_USAGE\]/u);
  });
});

