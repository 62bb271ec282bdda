import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { serializeTmx } from '../tmx/write/serialize-tmx';
import { TranslationMemory } from '../tm/translation-memory';
import { openEmbeddedMemory } from './embedded-memory';

const BASE = [
  { id: 'fao-1', en: 'The forum was held in Chongqing on November 15th, 2022.', zh: '2022年11月15日，论坛在重庆举行。' },
  { id: 'fao-2', en: 'Nearly 50 companies took part.', zh: '近50家企业参加。' },
];
const base = (): TranslationMemory => TranslationMemory.fromUnits(BASE);
const journalIn = (): string => join(mkdtempSync(join(tmpdir(), 'bitext-journal-')), 'memory.journal');

describe('openEmbeddedMemory', () => {
  it('keeps acknowledged adds and deletes across a restart (journal replay), base keys 1…N', async () => {
    const journal = journalIn();
    const memory = await openEmbeddedMemory(base(), { journal });
    const keys = await memory.addUnits([{ en: 'The Consul-General attended the meeting.', zh: '总领事出席会议。', confidence: 0.9, props: { 'x-client': 'test' } }]);
    expect(keys).toEqual([3]);
    expect(await memory.deleteUnits([2, 99])).toEqual([2]);
    expect(await memory.deleteUnits([2])).toEqual([]);
    await memory.close();
    const reopened = await openEmbeddedMemory(base(), { journal });
    expect([...reopened.exportUnits()]).toEqual([BASE[0], { id: '3', en: 'The Consul-General attended the meeting.', zh: '总领事出席会议。', confidence: 0.9, props: { 'x-client': 'test' } }]);
    expect(reopened.lookup('The Consul-General attended the meeting.')[0]).toMatchObject({ key: 3, unitIndex: 1, score: 1 });
    expect(await reopened.addUnits([{ en: 'Another.', zh: '另一个。' }])).toEqual([4]);
    await reopened.close();
  });

  it('cuts a torn last line (a write the process died in) and refuses damage before good lines', async () => {
    const journal = journalIn();
    const memory = await openEmbeddedMemory(base(), { journal });
    await memory.addUnits([{ en: 'Kept.', zh: '保留。' }]);
    await memory.close();
    appendFileSync(journal, '{"add":[[4,"4","Torn'); // killed mid-write: never acknowledged
    const reopened = await openEmbeddedMemory(base(), { journal });
    expect(reopened.size).toBe(3);
    await reopened.addUnits([{ en: 'After the crash.', zh: '崩溃之后。' }]);
    await reopened.close();
    expect(readFileSync(journal, 'utf8')).not.toContain('Torn');
    const lines = readFileSync(journal, 'utf8').split('\n');
    writeFileSync(journal, [lines[0], '{"add": garbage', ...lines.slice(1)].join('\n'));
    await expect(openEmbeddedMemory(base(), { journal })).rejects.toMatchObject({ code: 'SERVE_JOURNAL_CORRUPT', place: { line: 2 } });
  });

  it('adds an import all at once at its commit, and nothing of an import that never committed', async () => {
    const journal = journalIn();
    const memory = await openEmbeddedMemory(base(), { journal });
    const units = Array.from({ length: 2500 }, (_, i) => ({ id: `imp-${i}`, en: `Imported sentence number ${i} about trade.`, zh: `关于贸易的第${i}句。` }));
    const tmx = serializeTmx(units, { convertChinese: 'none' }).value;
    const result = await memory.importTmx(Readable.from([tmx]));
    expect(result).toMatchObject({ imported: 2500, firstKey: 3, lastKey: 2502 });
    await expect(memory.importTmx(Readable.from([tmx.slice(0, tmx.length - 5000)]))).rejects.toMatchObject({ name: 'TmxParseError' });
    expect(memory.size).toBe(2502);
    await memory.close();
    // An import killed before its commit: slices in the journal, no commit line.
    appendFileSync(journal, `${JSON.stringify({ import: 42, units: [['x', 'Half an import.', '半个导入。', null]] })}\n`);
    const reopened = await openEmbeddedMemory(base(), { journal });
    expect(reopened.size).toBe(2502);
    expect(reopened.lookup('Imported sentence number 2499 about trade.')[0]?.tuid).toBe('imp-2499');
    await reopened.close();
  });

  it('refuses a journal written over other units, a second writer, and writes without a journal', async () => {
    const journal = journalIn();
    const memory = await openEmbeddedMemory(base(), { journal });
    await expect(openEmbeddedMemory(base(), { journal })).rejects.toMatchObject({ code: 'SERVE_JOURNAL_WRITE_FAILED' });
    await memory.close();
    await expect(openEmbeddedMemory(TranslationMemory.fromUnits(BASE.slice(0, 1)), { journal })).rejects.toMatchObject({ code: 'SERVE_JOURNAL_MISMATCH' });
    const readOnly = await openEmbeddedMemory(base());
    await expect(readOnly.addUnits([{ en: 'x', zh: '字' }])).rejects.toMatchObject({ code: 'SERVE_READ_ONLY', status: 403 });
    await expect(readOnly.addUnits([{ en: '', zh: '字' }] as never)).rejects.toMatchObject({ code: 'SERVE_READ_ONLY' });
  });
});
