/** The align and eval commands, run in-process on temporary files. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from '../helpers/run-cli-in-process';


/** `file:line:col` and `[CODE]` of a one-line CLI error (the message text is not tested). */
function errorParts(stderr: string): { where: string; code: string } {
  // eslint-disable-next-line regexp/optimal-quantifier-concatenation -- the optional group captures the place; the rule only sees the language matched
  const match = /^bitext-tm \w+: (?:(.*?): )?.*\[([A-Z_]+)\]\n$/u.exec(stderr);
  return { where: match?.[1] ?? '', code: match?.[2] ?? `unparsed: ${stderr}` };
}

const dir = mkdtempSync(join(tmpdir(), 'bitext-align-'));
const file = (name: string, text: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const zh = file('zh.txt', '天气很好。\n我们明天见面。\n2022年论坛举行了。\n');
const en = file('en.txt', 'The weather is good.\nWe meet tomorrow.\r\nThe forum was held in 2022.\n');

describe('bitext-tm align', () => {
  it('prints one bead per line in the gold-set format', async () => {
    const result = await runCliInProcess(['align', '--src', zh, '--tgt', en, '--src-lang', 'zh', '--tgt-lang', 'en', '--no-lexicon']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe('[0]:[0]\n[1]:[1]\n[2]:[2]\n');
  });

  it('prints aligned text with confidence (tsv) and beads as JSON', async () => {
    const tsv = await runCliInProcess(['align', '--src', zh, '--tgt', en, '--src-lang', 'zh', '--format', 'tsv', '--no-lexicon']);
    const rows = tsv.stdout.trimEnd().split('\n').map((line) => line.split('\t'));
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['天气很好。', 'The weather is good.'],
      ['我们明天见面。', 'We meet tomorrow.'],
      ['2022年论坛举行了。', 'The forum was held in 2022.'],
    ]);
    for (const row of rows) expect(Number(row[2])).toBeGreaterThanOrEqual(0);
    const json = await runCliInProcess(['align', '--src', zh, '--tgt', en, '--src-lang', 'zh', '--format', 'json', '--no-lexicon']);
    const beads = JSON.parse(json.stdout) as { source: number[]; target: number[]; confidence: number }[];
    expect(beads.map((b) => [b.source, b.target])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
  });

  it('loads CC-CEDICT by default', async () => {
    const result = await runCliInProcess(['align', '--src', en, '--tgt', zh, '--src-lang', 'en', '--tgt-lang', 'zh']);
    expect(result.stdout).toBe('[0]:[0]\n[1]:[1]\n[2]:[2]\n');
  });

  it('reports bad input as one line with the file, place and code', async () => {
    const missing = await runCliInProcess(['align', '--src', join(dir, 'nope.txt'), '--tgt', en, '--no-lexicon']);
    expect(missing.code).toBe(1);
    expect(errorParts(missing.stderr)).toEqual({ where: join(dir, 'nope.txt'), code: 'FILE_NOT_FOUND' });
    const binary = file('binary.txt', Buffer.from([0x61, 0x0a, 0x62, 0x63, 0x00, 0x64]));
    expect(errorParts((await runCliInProcess(['align', '--src', binary, '--tgt', en, '--no-lexicon'])).stderr)).toEqual({ where: `${binary}:2:3`, code: 'ALIGN_BINARY_INPUT' });
    const latin1 = file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    expect(errorParts((await runCliInProcess(['align', '--src', latin1, '--tgt', en, '--no-lexicon'])).stderr).code).toBe('ALIGN_BINARY_INPUT');
    expect(errorParts((await runCliInProcess(['align', '--src', zh, '--tgt', en, '--format', 'xml'])).stderr).code).toBe('CLI_USAGE');
    expect(errorParts((await runCliInProcess(['align', '--src', zh, '--tgt', en, '--src-lang', 'zh', '--tgt-lang', 'zh', '--no-lexicon'])).stderr).code).toBe('ALIGN_SAME_LANGUAGE');
    expect(errorParts((await runCliInProcess(['align', '--src', zh])).stderr).code).toBe('CLI_USAGE');
  });

  it('detects which file is Chinese by default, so either order aligns', async () => {
    const zhFirst = await runCliInProcess(['align', '--src', zh, '--tgt', en, '--format', 'tsv', '--no-lexicon']);
    expect(zhFirst.code).toBe(0);
    expect(zhFirst.stdout.split('\n')[0]?.split('\t').slice(0, 2)).toEqual(['天气很好。', 'The weather is good.']);
    const auto = await runCliInProcess(['align', '--src', en, '--tgt', zh, '--src-lang', 'auto', '--tgt-lang', 'auto', '--no-lexicon']);
    expect(auto).toMatchObject({ code: 0, stdout: '[0]:[0]\n[1]:[1]\n[2]:[2]\n' });
  });

  it('refuses swapped sides and English on both sides with a typed error, exit 1, before aligning', async () => {
    // Chinese given as --src with --src-lang en: the error points at the file's first Chinese line.
    const swapped = await runCliInProcess(['align', '--src', zh, '--tgt', en, '--src-lang', 'en', '--tgt-lang', 'zh']);
    expect(swapped).toMatchObject({ code: 1, stdout: '' });
    expect(errorParts(swapped.stderr)).toEqual({ where: `${zh}:1:1`, code: 'ALIGN_LANGUAGE_MISMATCH' });
    // Only the target declared, and wrongly.
    const target = await runCliInProcess(['align', '--src', en, '--tgt', zh, '--tgt-lang', 'en', '--no-lexicon']);
    expect(errorParts(target.stderr)).toEqual({ where: `${zh}:1:1`, code: 'ALIGN_LANGUAGE_MISMATCH' });
    // A mostly-English file with one Chinese line is English; a mostly-Chinese one with an English line, Chinese.
    const enWithZh = file('en-with-zh.txt', 'The forum opened.\n重慶\nIt closed on Monday.\n');
    const zhWithEn = file('zh-with-en.txt', '論壇開幕。\nThe Belt and Road Initiative\n週一閉幕。\n');
    expect((await runCliInProcess(['align', '--src', enWithZh, '--tgt', zhWithEn, '--src-lang', 'en', '--tgt-lang', 'zh', '--no-lexicon'])).code).toBe(0);
    const english = file('english.txt', 'The weather is good.\nWe meet tomorrow.\n');
    const both = await runCliInProcess(['align', '--src', en, '--tgt', english, '--no-lexicon']);
    expect(errorParts(both.stderr)).toEqual({ where: english, code: 'ALIGN_SAME_LANGUAGE' });
    const declaredBoth = await runCliInProcess(['align', '--src', en, '--tgt', english, '--src-lang', 'en', '--tgt-lang', 'zh', '--no-lexicon']);
    expect(errorParts(declaredBoth.stderr)).toEqual({ where: `${english}:1:1`, code: 'ALIGN_LANGUAGE_MISMATCH' });
  });

  it('takes the language of a file without letters from the other file', async () => {
    const numbers = file('numbers.txt', '2022\n15.11\n');
    const result = await runCliInProcess(['align', '--src', numbers, '--tgt', en, '--format', 'json', '--no-lexicon']);
    expect(result.code).toBe(0);
    const bogus = await runCliInProcess(['align', '--src', zh, '--tgt', en, '--src-lang', 'chinese']);
    expect(bogus.stderr).toMatch(/\[CLI_USAGE\]\n$/u);
  });

  it('aligns an empty file against a full one as skips', async () => {
    const empty = file('empty.txt', '');
    const result = await runCliInProcess(['align', '--src', empty, '--tgt', en, '--no-lexicon']);
    expect(result.stdout).toBe('[]:[0]\n[]:[1]\n[]:[2]\n');
  });
});

describe('bitext-tm eval', () => {
  // The hand-computed case of src/align/score-alignment.test.ts.
  const gold = join(dir, 'gold');
  const test = join(dir, 'test');
  mkdirSync(gold);
  mkdirSync(test);
  writeFileSync(join(gold, '001.align'), '[0]:[0]\n[1]:[1,2]\n[2]:[3]\n[3]:[]\n');
  writeFileSync(join(test, '001.align'), '[0]:[0]\n[1]:[1]\n[]:[2]\n[2]:[3]\n[3]:[]\n');
  writeFileSync(join(gold, '002.align'), '[0,1]:[0]\n');
  writeFileSync(join(test, '002.align'), '[0]:[0]\n[1]:[]\n');

  it('prints strict and lax P/R/F1 and the per-type table (numbers computed by hand)', async () => {
    const result = await runCliInProcess(['eval', '--gold', gold, '--test', test]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    // strict: 3 of 7 test beads correct, 3 of 5 gold beads found: P 0.429, R 0.600, F1 0.500.
    expect(lines.at(-1)).toBe('strict P=0.429 R=0.600 F1=0.500');
    // lax: 5 of 7 test beads overlap a gold bead, all 5 gold beads are overlapped: F1 = 10/12.
    expect(lines.at(-2)).toBe('lax    P=0.714 R=1.000 F1=0.833');
    expect(lines).toContain('1-1           2      4      2  0.500  1.000  0.667');
    expect(lines).toContain('files=2 gold_beads=5 test_beads=7 strict_matches=3');
  });

  it('rejects a malformed test file with its line, and a missing one', async () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, '001.align'), '[0]:[0]\n[1] [1]\n');
    writeFileSync(join(bad, '002.align'), '[0]:[0]\n');
    expect(errorParts((await runCliInProcess(['eval', '--gold', gold, '--test', bad])).stderr)).toEqual({ where: `${join(bad, '001.align')}:2:1`, code: 'ALIGN_BAD_BEAD_FILE' });
    const partial = join(dir, 'partial');
    mkdirSync(partial);
    writeFileSync(join(partial, '001.align'), '[0]:[0]\n');
    expect(errorParts((await runCliInProcess(['eval', '--gold', gold, '--test', partial])).stderr)).toEqual({ where: join(partial, '002.align'), code: 'ALIGN_MISSING_TEST_FILE' });
  });
});
