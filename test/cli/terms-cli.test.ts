/** `bitext-tm terms` and `bitext-tm term`, run in-process on a temporary folder. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../helpers/run-cli-in-process';

const dir = mkdtempSync(join(tmpdir(), 'bitext-tm-terms-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});


const units = {
  units: [
    { id: 'u1', en: 'The talks were chaired by Dmitry Emelyanov, Consul-General of Belarus in Chongqing.', zh: '會談由白俄羅斯駐重慶總領事葉梅利亞諾夫主持。' },
    { id: 'u2', en: 'Zhou Yi, Deputy Director-General of the Foreign Affairs Office of Chongqing Municipal Government, spoke.', zh: '重慶市政府外辦副主任周毅講話。' },
  ],
};

describe('bitext-tm terms / term', () => {
  it('writes <name>.terms.tsv, .terms.tbx and .terms.review.tsv, then looks terms up', async () => {
    const file = join(dir, 'demo.units.json');
    writeFileSync(file, JSON.stringify(units));
    const out = join(dir, 'out');
    const made = await runCliInProcess(['terms', '--units', file, '--out', out]);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('demo.terms.tsv');
    const tsv = readFileSync(join(out, 'demo.terms.tsv'), 'utf8');
    expect(tsv.split('\n')[0]).toBe('type\ten\tzh\tzh_hans\tcount\tconfidence\texample\tmethods\tunits\tentry');
    expect(tsv).toContain('title\tConsul-General of Belarus in Chongqing\t白俄羅斯駐重慶總領事\t白俄罗斯驻重庆总领事');
    expect(tsv).toContain('person\tZhou Yi\t周毅\t周毅');
    const tbx = readFileSync(join(out, 'demo.terms.tbx'), 'utf8');
    expect(tbx).toContain('<martif type="TBX-Basic"');

    const found = await runCliInProcess(['term', '--termbase', join(out, 'demo.terms.tsv'), 'consul general']);
    expect(found.code).toBe(0);
    // The exact term first, then the terms that contain the query.
    expect(found.stdout.split('\n')[0]).toBe('Consul-General → 總領事');
    expect(found.stdout).toContain('Consul-General of Belarus in Chongqing → 白俄羅斯駐重慶總領事   (contains the query)');
    const zh = await runCliInProcess(['term', '--termbase', join(out, 'demo.terms.tsv'), '外办副主任']);
    expect(zh.stdout.split('\n')[0]).toBe('外辦副主任 → Deputy Director-General of the Foreign Affairs Office');
    const none = await runCliInProcess(['term', '--termbase', join(out, 'demo.terms.tsv'), 'Minister']);
    expect(none.stdout).toBe('No term matches "Minister".\n');
    const json = await runCliInProcess(['term', '--json', '--termbase', join(out, 'demo.terms.tsv'), '周毅']);
    expect((JSON.parse(json.stdout) as { term: { en: string } }[])[0]?.term.en).toBe('Zhou Yi');
    // The TBX reads back as a termbase: a short form answers with its whole concept entry.
    const fromTbx = await runCliInProcess(['term', '--termbase', join(out, 'demo.terms.tbx'), '外办']);
    expect(fromTbx.code).toBe(0);
    expect(fromTbx.stdout.split('\n')[0]).toBe('外辦 → Foreign Affairs Office');
    // Which forms share 外辦's entry is the model's call: the expected line is built from the TSV.
    const rows = tsv.trim().split('\n').slice(1).map((line) => line.split('\t'));
    const entryOf = rows.find((r) => r[2] === '外辦')?.[9];
    const members = rows.filter((r) => entryOf !== undefined && entryOf !== '' && r[9] === entryOf);
    const entryLine = fromTbx.stdout.split('\n').find((line) => line.includes('⟷'));
    if (members.length > 1) {
      const [en = '', zh = ''] = (entryLine ?? '').replace(/^ {2}entry [^:]*: /u, '').split(' ⟷ ');
      expect(new Set(en.split(' · '))).toEqual(new Set(members.map((r) => r[1])));
      expect(new Set(zh.split(' · '))).toEqual(new Set(members.map((r) => r[2])));
    } else {
      expect(entryLine).toBeUndefined();
    }
  });

  it('reports a missing file, bad JSON and bad usage as one line with a code', async () => {
    const missing = await runCliInProcess(['terms', '--units', join(dir, 'nope.units.json'), '--out', dir]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.units\.json: .* \[FILE_NOT_FOUND\]\n$/u);
    const badFile = join(dir, 'bad.units.json');
    writeFileSync(badFile, '{\n  "units": [\n    { "id": 1,, }\n  ]\n}\n');
    const bad = await runCliInProcess(['terms', '--units', badFile, '--out', dir]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/bad\.units\.json:3:\d+: .*\[TERMS_INVALID_INPUT\]\n$/u);
    const usage = await runCliInProcess(['term', 'x']);
    expect(usage.code).toBe(1);
    expect(usage.stderr).toContain('[CLI_USAGE]');
    const badTsv = join(dir, 'bad.terms.tsv');
    writeFileSync(badTsv, 'type\ten\tzh\nanimal\tcat\t貓\n');
    const badTermbase = await runCliInProcess(['term', '--termbase', badTsv, 'cat']);
    expect(badTermbase.stderr).toMatch(/bad\.terms\.tsv:2:1: .*\[TERMS_BAD_TERMBASE_FILE\]\n$/u);
    const badTbx = join(dir, 'bad.tbx');
    writeFileSync(badTbx, '<?xml version="1.0"?>\n<martif>\n  <text><body>\n    <termEntry></body>\n</martif>\n');
    const broken = await runCliInProcess(['term', '--termbase', badTbx, 'cat']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/bad\.tbx:4:\d+: .*\[TBX_MALFORMED\]\n$/u);
  });
});
