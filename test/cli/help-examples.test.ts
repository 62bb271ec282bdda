/**
 * Every command's help ends with examples a new user copies: run each one, as
 * typed, with the built CLI in a scratch folder holding a copy of corpus/ (the
 * seed's raw text and its committed outputs), so an example that names a file
 * that does not exist, or an option that does not exist, fails here.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');

/** Examples not run, each with the reason; every other command must have a runnable one. */
const NOT_RUN: Readonly<Record<string, string>> = {
  eval: 'it scores against a gold alignment set (../shared/eval), and no gold alignment of the seed exists',
  review: 'it starts a server that runs until stopped; test/review/ starts it and drives it in a browser',
  serve: 'it starts a server that runs until stopped; src/serve/ tests start it and query it',
};

/** The `bitext-tm …` lines of a help text's Example(s) section. */
function examplesOf(help: string): string[] {
  const section = help.slice(help.search(/^Examples?\b/mu));
  return [...section.matchAll(/^ {2}bitext-tm (.+)$/gmu)].map((match) => match[1] ?? '');
}

/** Split an example as a POSIX shell would for these simple lines: words, "double quotes", and `> FILE`. */
function shellWords(line: string): { args: string[]; stdoutTo: string | undefined } {
  const words = [...line.matchAll(/"([^"]*)"|(\S+)/gu)].map((match) => match[1] ?? match[2] ?? '');
  const redirect = words.indexOf('>');
  if (redirect === -1) return { args: words, stdoutTo: undefined };
  return { args: words.slice(0, redirect), stdoutTo: words[redirect + 1] };
}

let scratch = '';

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first (npm test does)');
  scratch = mkdtempSync(join(tmpdir(), 'bitext-help-examples-'));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('help examples, run against the seed', () => {
  it('every command has an example, and only the listed ones are not run', () => {
    for (const command of COMMANDS) expect(examplesOf(command.help).length, command.name).toBeGreaterThan(0);
    expect(Object.keys(NOT_RUN).every((name) => COMMANDS.some((c) => c.name === name))).toBe(true);
  });

  for (const command of COMMANDS.filter((c) => NOT_RUN[c.name] === undefined)) {
    it(`${command.name}: each example runs as typed and prints or writes something`, () => {
      // One folder per command: its examples run in order (a later one may read what an earlier one wrote).
      const cwd = mkdtempSync(join(scratch, `${command.name}-`));
      cpSync(join(ROOT, 'corpus'), join(cwd, 'corpus'), { recursive: true });
      for (const example of examplesOf(command.help)) {
        const { args, stdoutTo } = shellWords(example);
        const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 100_000 });
        expect({ example, status: run.status, stderr: run.stderr }).toMatchObject({ example, status: 0 });
        expect(run.stderr, example).not.toMatch(/internal error/u);
        if (stdoutTo !== undefined) writeFileSync(join(cwd, stdoutTo), run.stdout);
        const wrote = stdoutTo === undefined ? run.stdout.length + run.stderr.length : readFileSync(join(cwd, stdoutTo), 'utf8').length;
        expect(wrote, `${example}: no output`).toBeGreaterThan(0);
      }
    }, 120_000);
  }
});
