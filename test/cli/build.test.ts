/**
 * `bitext-tm build`, run in-process: the committed corpus/out is what a fresh
 * build produces; user mistakes print one line and exit 1; the input shapes
 * (file, two files, folder, stdin) reach ingestion.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Document } from '../../src/types';
import { runCliInProcess } from '../helpers/run-cli-in-process';

const ROOT = resolve(import.meta.dirname, '../..');
const SEED = 'corpus/raw/chongqing-fao-2022.en-zh.txt';
const COMMITTED = join(ROOT, 'corpus/out');
const work = mkdtempSync(join(tmpdir(), 'bitext-tm-build-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const readDocument = (path: string): Document => JSON.parse(readFileSync(path, 'utf8')) as Document;

describe('bitext-tm build', () => {
  it('reproduces every committed file of corpus/out', async () => {
    // Premise: the command runs from the repository root, as `npm run corpus` does,
    // so the document records the same relative source path.
    expect(process.cwd()).toBe(ROOT);
    const out = join(work, 'corpus');
    const run = await runCliInProcess(['build', SEED, '--out', out]);
    expect(run.stderr).toMatch(/^chongqing-fao-2022\.en-zh: 10 articles, 27 blocks \(3 paired\), paragraphs: 38 en, 37 zh\nissues: ingest: INGEST_PINYIN_NOTE_REMOVED 230, /u);
    expect(run.code).toBe(0);
    const committed = readdirSync(COMMITTED).sort();
    expect(committed).toEqual(readdirSync(out).sort());
    expect(committed).toEqual(expect.arrayContaining(['chongqing-fao-2022.en-zh.document.json', 'chongqing-fao-2022.en-zh.units.json', 'chongqing-fao-2022.en-zh.tmx', 'chongqing-fao-2022.en-zh.terms.tsv', 'chongqing-fao-2022.en-zh.terms.tbx', 'chongqing-fao-2022.en-zh.report.html']));
    for (const file of committed) expect(readFileSync(join(out, file), 'utf8'), file).toBe(readFileSync(join(COMMITTED, file), 'utf8'));
  });

  it('writes the same bytes twice (no clock, no random order)', async () => {
    const a = join(work, 'a');
    const b = join(work, 'b');
    await runCliInProcess(['build', SEED, '--out', a]);
    await runCliInProcess(['build', SEED, '--out', b, '--name', 'chongqing-fao-2022.en-zh']);
    expect(readFileSync(join(a, 'chongqing-fao-2022.en-zh.document.json'), 'utf8')).toBe(readFileSync(join(b, 'chongqing-fao-2022.en-zh.document.json'), 'utf8'));
  });

  it('prints a user mistake as one line file:line:col: message [CODE], exit 1, no stack', async () => {
    const bad = join(work, 'bad.txt');
    writeFileSync(bad, Buffer.from('The forum was held online.\nab\u0000cd\n'));
    const run = await runCliInProcess(['build', bad, '--out', join(work, 'x')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`^bitext-tm build: ${bad.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}:2:3: .+ \\[INGEST_BINARY_INPUT\\]\\n$`, 'u'));
    expect(run.stderr).not.toMatch(/\n\s+at /u);
  });

  it('names a missing file and a missing --out', async () => {
    const missing = await runCliInProcess(['build', join(work, 'nope.txt'), '--out', work]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.txt: .+ \[FILE_NOT_FOUND\]\n$/u);
    const noOut = await runCliInProcess(['build', SEED]);
    expect(noOut.stderr).toMatch(/\[CLI_USAGE\]\n$/u);
    const unknown = await runCliInProcess(['build', SEED, '--frobnicate']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/\[CLI_USAGE\]\n$/u);
  });

  it('names the files it skipped when a folder holds no pair, and points a lone bilingual file to its path', async () => {
    const folder = join(work, 'raw');
    mkdirSync(folder);
    writeFileSync(join(folder, 'news.en-zh.txt'), 'The forum opened.\n論壇開幕。\n');
    const run = await runCliInProcess(['build', folder, '--out', join(work, 'raw-out')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/found only files it skipped \(news\.en-zh\.txt\); for one bilingual file, give its path instead of the folder\. \[INGEST_NO_FILE_PAIRS\]\n$/u);
  });

  it('reads two files in either order, a folder of pairs (warning about unpaired files) and stdin', async () => {
    const EN = 'On May 3rd, 2023, Chongqing and Lyon signed a memorandum.\n';
    const ZH = '2023年5月3日，重慶與里昂簽署備忘錄。\n';
    writeFileSync(join(work, 'lyon.en.txt'), EN);
    writeFileSync(join(work, 'lyon.zh.txt'), ZH);
    const two = await runCliInProcess(['build', join(work, 'lyon.zh.txt'), join(work, 'lyon.en.txt'), '--out', join(work, 'two')]);
    expect(two.code).toBe(0);
    const parallel = readDocument(join(work, 'two', 'lyon.document.json'));
    expect(parallel.sources.map((s) => s.name.slice(-11))).toEqual(['lyon.en.txt', 'lyon.zh.txt']);

    const folder = join(work, 'news');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.en.txt'), EN);
    writeFileSync(join(folder, 'a.zh.txt'), ZH);
    writeFileSync(join(folder, 'b.en.txt'), EN);
    const pairs = await runCliInProcess(['build', folder, '--out', join(work, 'folder')]);
    expect(pairs.code).toBe(0);
    const fromFolder = readDocument(join(work, 'folder', 'news.document.json'));
    expect(fromFolder.articles.map((a) => a.title)).toEqual(['a']);
    expect(fromFolder.issues.map((i) => `${i.file?.slice(-8)} ${i.code}`)).toEqual(['b.en.txt INGEST_UNPAIRED_FILE']);

    const stdin = await runCliInProcess(['build', '-', '--out', join(work, 'stdin')], { stdin: Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from(EN + ZH)]) });
    expect(stdin.code).toBe(0);
    expect(readDocument(join(work, 'stdin', 'stdin.document.json')).sources[0]?.name).toBe('<stdin>');
  });

  it('writes the Chinese side of the TMX in the script its --zh-lang tag names', async () => {
    const input = join(work, 'script.txt');
    writeFileSync(input, 'On May 3rd, 2023, the forum opened in Chongqing.\n2023年5月3日，論壇在重慶開幕。\n');
    const simplified = await runCliInProcess(['build', input, '--out', join(work, 'zh-cn')]);
    expect(simplified.code).toBe(0);
    const cn = readFileSync(join(work, 'zh-cn', 'script.tmx'), 'utf8');
    expect(cn).toContain('<tuv xml:lang="zh-CN"><seg>2023年5月3日，论坛在重庆开幕。</seg>');
    const traditional = await runCliInProcess(['build', input, '--out', join(work, 'zh-tw'), '--zh-lang', 'zh-TW']);
    expect(traditional.code).toBe(0);
    expect(readFileSync(join(work, 'zh-tw', 'script.tmx'), 'utf8')).toContain('<tuv xml:lang="zh-TW"><seg>2023年5月3日，論壇在重慶開幕。</seg>');
    expect(readFileSync(join(work, 'zh-tw', 'script.terms.tbx'), 'utf8')).not.toContain('zh-CN');
    const wrong = await runCliInProcess(['build', input, '--out', join(work, 'x'), '--zh-lang', 'klingon']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/--zh-lang .*\[CLI_USAGE\]\n$/u);
  });
});
