import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { CliIo } from '../cli-io';
import { runCli } from '../run-cli';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'tmx');

function fakeIo(env: Record<string, string> = {}, stdin = ''): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    env,
    readStdin: () => Promise.resolve(Buffer.from(stdin)),
    out: () => out,
    err: () => err,
  };
}

describe('bitext-tm tmx', () => {
  test('check lists issues as file:line:col and fails when a unit was skipped', async () => {
    const io = fakeIo();
    const file = join(FIXTURES, 'tuv-without-lang', 'input.tmx');
    expect(await runCli(['tmx', 'check', file], io)).toBe(1);
    expect(io.out()).toContain(`${file}:10:7: error: Expected an xml:lang attribute on <tuv>, found none. The unit was skipped. [TMX_MISSING_LANG]`);
    expect(io.out()).toMatch(/2 unit\(s\), 2 with English and Chinese; languages: en 2, zh-CN 2; 1 issue\(s\)\n$/u);
  });

  test('check: a unit without Chinese is a warning, exit 0', async () => {
    const io = fakeIo();
    expect(await runCli(['tmx', 'check', join(FIXTURES, 'tu-without-chinese', 'input.tmx')], io)).toBe(0);
    expect(io.out()).toContain(':9:5: warning:');
  });

  test('check: a malformed file is one line on stderr with its place, exit 1', async () => {
    const io = fakeIo();
    const file = join(FIXTURES, 'ampersand-not-escaped', 'input.tmx');
    expect(await runCli(['tmx', 'check', file], io)).toBe(1);
    expect(io.err()).toMatch(new RegExp(`^bitext-tm tmx: ${file.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}:10:36: .*\\[TMX_MALFORMED_XML\\]\\n$`, 'u'));
  });

  test('convert to TSV on stdout, from stdin', async () => {
    const io = fakeIo({}, readFileSync(join(FIXTURES, 'multilingual-units', 'input.tmx'), 'utf8'));
    expect(await runCli(['tmx', 'convert', '-', '--to', 'tsv', '--convert-chinese', 'simplified'], io)).toBe(0);
    expect(io.out()).toBe('en\tzh\tconfidence\tid\tdocument\tarticle\tbead\ten_lines\tzh_lines\nSave file\t储存档案\t\tm1\t\t\t\t\t\n');
  });

  test('convert to TMX keeps inline markup; to TSV it says per unit what it cannot carry', async () => {
    const file = join(FIXTURES, 'inline-markup-flattened', 'input.tmx');
    const tmx = fakeIo();
    expect(await runCli(['tmx', 'convert', file, '--to', 'tmx'], tmx)).toBe(0);
    expect(tmx.out()).toContain('<bpt i="1">&lt;b&gt;</bpt>');
    expect(tmx.err()).toMatch(/^bitext-tm tmx: wrote 1 unit\(s\) as tmx; 0 issue\(s\)\n$/u);
    const tsv = fakeIo();
    expect(await runCli(['tmx', 'convert', file, '--to', 'tsv'], tsv)).toBe(0);
    expect(tsv.err()).toMatch(/:\d+:\d+: warning: tsv cannot carry this of unit .*inline markup of en.* \[EXPORT_NOT_CARRIED\]\n/u);
    const plain = fakeIo();
    expect(await runCli(['tmx', 'convert', join(FIXTURES, 'tuv-without-lang', 'input.tmx'), '--to', 'tsv'], plain)).toBe(0);
    expect(plain.err()).not.toContain('EXPORT_NOT_CARRIED');
  });

  test('convert to parallel text, and to TMX with a new creation date and tag', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-tm-cli-'));
    const input = join(FIXTURES, 'tuv-without-lang', 'input.tmx');
    const io = fakeIo();
    expect(await runCli(['tmx', 'convert', input, '--to', 'parallel', '--out', join(dir, 'train')], io)).toBe(0);
    expect(readFileSync(join(dir, 'train.en'), 'utf8')).toBe('Save the file.\nClose the window.\n');
    expect(readFileSync(join(dir, 'train.zh'), 'utf8')).toBe('保存文件。\n关闭窗口。\n');
    expect(await runCli(['tmx', 'convert', input, '--to', 'tmx', '--zh-lang', 'zh-TW', '--creation-date', '1668470400', '--out', join(dir, 'out.tmx')], io)).toBe(0);
    const tmx = readFileSync(join(dir, 'out.tmx'), 'utf8');
    expect(tmx).toContain('creationdate="20221115T000000Z"');
    expect(tmx).toContain('<tuv xml:lang="zh-TW"><seg>關閉窗口。</seg></tuv>'); // 关闭 → 關閉 for zh-TW
    expect(io.err()).toContain(':10:7: error:');
  });

  test.each([
    [['tmx'], 'CLI_USAGE'],
    [['tmx', 'convert', 'x.tmx'], 'CLI_USAGE'],
    [['tmx', 'convert', 'x.tmx', '--to', 'parallel'], 'CLI_USAGE'],
    [['tmx', 'check', 'no-such-file.tmx'], 'FILE_NOT_FOUND'],
    [['tmx', 'convert', 'x.tmx', '--to', 'tsv', '--bogus'], 'CLI_USAGE'],
    [['tmx', 'convert', join(FIXTURES, 'multilingual-units', 'input.tmx'), '--to', 'tmx', '--zh-lang', 'zh-HK'], 'TMX_INVALID_OPTION'],
  ])('%j is a usage error', async (args, code) => {
    const io = fakeIo();
    expect(await runCli(args, io)).toBe(1);
    expect(io.err()).toContain(`[${code}]`);
  });
});
