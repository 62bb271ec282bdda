import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TranslationMemory } from '../../src/tm/translation-memory';
import { serializeTmx } from '../../src/tmx/write/serialize-tmx';
import type { TranslationUnit } from '../../src/types';
import { runCliInProcess } from '../helpers/run-cli-in-process';

const units = JSON.parse(readFileSync(new URL('../fixtures/tm/seed-units.json', import.meta.url), 'utf8')) as TranslationUnit[];
const dir = mkdtempSync(join(tmpdir(), 'bitext-tm-cli-'));
const index = join(dir, 'seed.tmidx');
const tmx = join(dir, 'seed.tmx');

beforeAll(() => {
  TranslationMemory.fromUnits(units).save(index);
  writeFileSync(tmx, serializeTmx(units, { creationDate: 1668470400, zhLang: 'zh-TW' }).value);
});

describe('bitext-tm index and TMX input', () => {
  it('indexes a TMX file; lookup gives the same answer from the TMX and from the index', async () => {
    const out = join(dir, 'from-tmx.tmidx');
    const indexed = await runCliInProcess(['index', '--tm', tmx, '--out', out]);
    expect(indexed.code).toBe(0);
    expect(indexed.stderr).toMatch(/^indexed 8 units in [\d.]+ s; wrote .*from-tmx\.tmidx \([\d.]+ MB\)\n$/u);
    const query = 'Li Mingquan, Deputy Director-General of Chongqing FAO, presided over the meeting.';
    const fromTmx = await runCliInProcess(['lookup', '--tm', tmx, '--json', query]);
    const fromIndex = await runCliInProcess(['lookup', '--tm', out, '--json', query]);
    expect(fromTmx.stdout).toBe(fromIndex.stdout);
    expect((JSON.parse(fromTmx.stdout) as { tuid: string; props: unknown }[])[0]).toMatchObject({ tuid: 'fao-22-4', props: { 'x-source': 'seed lines 22 and 25' } });
  });

  it('reads TMX through the API, keeping the file order and tuids', async () => {
    const tm = await TranslationMemory.fromTmx(tmx);
    expect(tm.size).toBe(units.length);
    expect(tm.issues).toEqual([]);
    expect(tm.unitAt(3)).toMatchObject({ id: units[3]?.id, en: units[3]?.en, zh: units[3]?.zh });
  });

  it('needs --out', async () => {
    expect((await runCliInProcess(['index', '--tm', tmx])).stderr).toMatch(/\[CLI_USAGE\]\n$/u);
  });
});

describe('bitext-tm lookup', () => {
  it('prints a table: score, tuid, stored source with the differing words marked, and its translation', async () => {
    const run = await runCliInProcess(['lookup', '--tm', index, 'Li Mingquan, Deputy Director-General of Chongqing FAO, presided over the meeting.']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'score  tuid      source / target',
      '  83%  fao-22-4  [-Zhou Yi-]{+Li Mingquan+}, Deputy Director-General of Chongqing FAO, presided over the meeting.',
      '                 重慶市政府外辦副主任周毅主持會議。',
    ]);
    expect(lines.at(-1)).toBe('([-…-] only in the stored text, {+…+} only in your query)');
  });

  it('answers a Chinese query in the other script with the English translation, as JSON', async () => {
    const run = await runCliInProcess(['lookup', '--tm', index, '--json', '重庆市政府外办副主任周毅主持会议。']);
    const matches = JSON.parse(run.stdout) as { tuid: string; score: number; target: string; lang: string }[];
    expect(matches[0]).toMatchObject({ tuid: 'fao-22-4', score: 1, lang: 'zh', target: 'Zhou Yi, Deputy Director-General of Chongqing FAO, presided over the meeting.' });
  });

  it('says so when nothing reaches the threshold', async () => {
    const run = await runCliInProcess(['lookup', '--tm', index, 'An entirely different sentence about the weather.']);
    expect(run).toMatchObject({ code: 0, stdout: 'No match at or above 75%. (A phrase? Try "bitext-tm concordance".)\n' });
  });

  it('runs a JSONL batch: one JSON line per query with its line number and its own time', async () => {
    const batch = join(dir, 'queries.jsonl');
    writeFileSync(batch, ['{"q": "Zhou Yi, Deputy Director-General of Chongqing FAO, presided over the meeting.", "id": 7}', '{"q": "雙方近50家企業代表出席論壇。", "lang": "zh"}', '{"q": "nothing like it at all"}', ''].join('\r\n'));
    const run = await runCliInProcess(['lookup', '--tm', index, '--batch', batch]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { line: number; id?: unknown; q: string; matches: { tuid: string; score: number; source: string; target: string }[]; ms: number });
    expect(lines.map((line) => line.line)).toEqual([1, 2, 3]);
    expect(lines[0]).toMatchObject({ id: 7 });
    expect(lines[0]?.matches[0]).toEqual({ tuid: 'fao-22-4', score: 1, source: units[5]?.en, target: units[5]?.zh });
    expect(lines[1]).toMatchObject({ q: '雙方近50家企業代表出席論壇。', matches: [{ tuid: 'fao-6-1', score: 1 }] });
    expect(lines[2]?.matches).toEqual([]);
    for (const line of lines) expect(line.ms).toBeGreaterThanOrEqual(0);
  });

  it('reads the batch from stdin with "-"', async () => {
    const run = await runCliInProcess(['lookup', '--tm', index, '--batch', '-'], { stdin: '\uFEFF{"q": "總領事"}\n' });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout) as unknown).toMatchObject({ line: 1, q: '總領事', matches: [] });
  });

  it('answers every good line and reports every bad one in order, then exits 1 naming the first', async () => {
    const batch = join(dir, 'bad.jsonl');
    const lines = [
      Buffer.from('{"q": "Zhou Yi, Deputy Director-General of Chongqing FAO, presided over the meeting."}'),
      Buffer.from('not json'),
      Buffer.from('{"q": 3}'),
      Buffer.from(''),
      Buffer.concat([Buffer.from('{"q": "caf'), Buffer.from([0xff]), Buffer.from('"}')]),
      Buffer.from('{"q": "。。。"}'),
      Buffer.from('{"q": "總領事", "lang": "fr", "id": "x"}'),
      Buffer.from('{"q": "重慶市政府外辦副主任周毅主持會議。"}'),
    ];
    writeFileSync(batch, Buffer.concat(lines.flatMap((line) => [line, Buffer.from('\n')])));
    const run = await runCliInProcess(['lookup', '--tm', index, '--batch', batch]);
    expect(run.code).toBe(1);
    const out = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { line: number; id?: string; matches?: { tuid: string }[]; error?: { code: string; column: number } });
    expect(out.map((line) => [line.line, line.error?.code ?? line.matches?.[0]?.tuid])).toEqual([
      [1, 'fao-22-4'],
      [2, 'TM_BATCH_LINE_INVALID'],
      [3, 'TM_BATCH_LINE_INVALID'],
      [4, 'TM_BATCH_LINE_INVALID'],
      [5, 'TM_BATCH_LINE_INVALID'],
      [6, 'TM_EMPTY_QUERY'],
      [7, 'TM_UNKNOWN_LANG'],
      [8, 'fao-22-4'],
    ]);
    expect(out[4]?.error?.column).toBe(11);
    expect(out[6]?.id).toBe('x');
    expect(run.stderr).toBe(`bitext-tm lookup: ${batch}:2:1: 6 of 8 batch lines could not be answered; the first: Expected a JSON object such as {"q": "text"}, found a line that is not JSON. [TM_BATCH_LINE_INVALID]\n`);
  });

  it('reports a line longer than 1 MiB without holding it, and goes on', async () => {
    const batch = join(dir, 'long.jsonl');
    writeFileSync(batch, `{"q": "${'x'.repeat(3 << 20)}"}\n{"q": "總領事"}`);
    const run = await runCliInProcess(['lookup', '--tm', index, '--batch', batch]);
    const out = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { line: number; error?: { message: string }; matches?: unknown[] });
    expect(out.map((line) => [line.line, line.error === undefined])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(out[0]?.error?.message).toMatch(/at most 1048576 bytes/u);
    expect(run.code).toBe(1);
  });

  it('checks the batch file before opening the memory', async () => {
    const run = await runCliInProcess(['lookup', '--tm', index, '--batch', join(dir, 'no-such.jsonl')]);
    expect(run.stderr).toMatch(/no-such\.jsonl: .*\[FILE_NOT_FOUND\]\n$/u);
  });

  it('reports bad queries and a missing or damaged memory as one line', async () => {
    expect((await runCliInProcess(['lookup', '--tm', index, '  '])).stderr).toMatch(/\[TM_EMPTY_QUERY\]\n$/u);
    expect((await runCliInProcess(['lookup', '--tm', index, '--lang', 'fr', 'bonjour'])).stderr).toMatch(/\[TM_UNKNOWN_LANG\]\n$/u);
    expect((await runCliInProcess(['lookup', 'text'])).stderr).toMatch(/Expected --tm FILE.*\[CLI_USAGE\]\n$/u);
    expect((await runCliInProcess(['lookup', '--tm', join(dir, 'missing.tmidx'), 'text'])).stderr).toMatch(/missing\.tmidx: .*\[FILE_NOT_FOUND\]\n$/u);
    const damaged = join(dir, 'damaged.tmidx');
    const bytes = readFileSync(index);
    writeFileSync(damaged, bytes.subarray(0, bytes.length - 8));
    const run = await runCliInProcess(['lookup', '--tm', damaged, 'text']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`bitext-tm lookup: ${damaged}:1:17: Expected ${bytes.length} bytes as the header says, found ${bytes.length - 8} (a truncated or padded file). [TM_INDEX_CORRUPT]\n`);
  });
});

describe('bitext-tm concordance', () => {
  it('lists the units holding a phrase, marked, with translations; either script', async () => {
    const run = await runCliInProcess(['concordance', '--tm', index, 'Deputy Director-General of the Foreign Affairs Office']);
    expect(run.stdout).toBe(
      [
        'fao-16-3  Zhou Yi, a member of the Leading Party Members’ Group and «Deputy Director-General of the Foreign Affairs Office» of Chongqing Municipal Government, moderated the session.',
        '          辦黨組成員、副主任周毅主持報告會。',
        'fao-57-1  Li Mingquan, «Deputy Director-General of the Foreign Affairs Office» of Chongqing Municipal People’s Government, led a delegation to attend the meeting.',
        '          重慶市政府外辦副主任李明全率隊出席會議。',
        '',
      ].join('\n'),
    );
    const chinese = await runCliInProcess(['concordance', '--tm', index, '--json', '总领事']);
    expect((JSON.parse(chinese.stdout) as { tuid: string; spans: unknown[] }[]).map((hit) => [hit.tuid, hit.spans])).toEqual([['fao-2-2', [{ start: 22, end: 25 }]]]);
  });
});
