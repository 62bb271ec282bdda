import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { makeZip } from '../../test/helpers/make-zip';
import { TranslationMemory } from './translation-memory';

const dir = mkdtempSync(join(tmpdir(), 'bitext-tm-read-'));
const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en" creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" datatype="html"/><body>
<tu tuid="m1"><tuv xml:lang="en"><seg>Click <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> to keep the file.<ph>&lt;br/&gt;</ph></seg></tuv>
<tuv xml:lang="zh-CN"><seg>点击<bpt i="1">&lt;b&gt;</bpt>保存<ept i="1">&lt;/b&gt;</ept>以保留文件。<ph>&lt;br/&gt;</ph></seg></tuv></tu>
<tu tuid="m2"><tuv xml:lang="en"><seg>The forum <it pos="begin">&lt;i&gt;</it>opened in Chongqing.</seg></tuv>
<tuv xml:lang="zh-CN"><seg>论坛<it pos="begin">&lt;i&gt;</it>在重庆开幕。</seg></tuv></tu>
</body></tmx>
`;
const file = (name: string, content: Uint8Array | string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('TranslationMemory.fromTmx: compressed files and inline markup', () => {
  it('keeps inline codes as OmegaT-style placeholders, shown in matches and not scored', async () => {
    const tm = await TranslationMemory.fromTmx(file('markup.tmx', TMX));
    expect(tm.unitAt(0)).toMatchObject({ en: 'Click <b0>Save</b0> to keep the file.<b1/>', zh: '点击<b0>保存</b0>以保留文件。<b1/>' });
    expect(tm.unitAt(1).en).toBe('The forum <i0>opened in Chongqing.');
    const [match] = tm.lookup('Click Save to keep the file.');
    expect(match).toMatchObject({ tuid: 'm1', score: 1, target: '点击<b0>保存</b0>以保留文件。<b1/>' });
    expect(match?.edits.every((edit) => edit.kind === 'equal')).toBe(true);
    expect(tm.lookup('论坛在重庆开幕。')[0]).toMatchObject({ tuid: 'm2', score: 1 });
  });

  it('flattens them when asked', async () => {
    const tm = await TranslationMemory.fromTmx(file('flat.tmx', TMX), { tmx: { inline: 'flatten' } });
    expect(tm.unitAt(0).en).toBe('Click Save to keep the file.');
  });

  it('reads a gzip-compressed TMX whatever its name', async () => {
    for (const name of ['memory.tmx.gz', 'memory.gz.bin']) {
      const tm = await TranslationMemory.fromTmx(file(name, gzipSync(TMX)));
      expect([tm.size, tm.unitAt(0).id]).toEqual([2, 'm1']);
    }
  });

  it('reads every .tmx entry of a zip archive in order, deflated or stored, and names the entry in errors', async () => {
    const zip = file('memory.tmx.zip', makeZip({ 'readme.txt': 'not a memory', 'a/first.tmx': TMX, 'second.TMX': TMX.replace('m1', 'z1') }));
    const tm = await TranslationMemory.fromTmx(zip);
    expect(Array.from({ length: tm.size }, (_, i) => tm.unitAt(i).id)).toEqual(['m1', 'm2', 'z1', 'm2']);
    const stored = await TranslationMemory.fromTmx(file('stored.zip', makeZip({ 'm.tmx': TMX }, true)));
    expect(stored.size).toBe(2);
    const broken = file('broken-entry.zip', makeZip({ 'm.tmx': TMX.replace('</body>', '</bodyx>') }));
    await expect(TranslationMemory.fromTmx(broken)).rejects.toMatchObject({ name: 'TmxParseError', file: `${broken}:m.tmx` });
  });

  it('refuses a zip without a TMX, a damaged archive and truncated gzip data with FILE_UNREADABLE', async () => {
    await expect(TranslationMemory.fromTmx(file('none.zip', makeZip({ 'a.txt': 'x' })))).rejects.toMatchObject({ code: 'FILE_UNREADABLE', message: 'Expected a .tmx file inside the zip archive, found only a.txt.' });
    const zip = makeZip({ 'm.tmx': TMX });
    await expect(TranslationMemory.fromTmx(file('cut.zip', zip.subarray(0, zip.length - 30)))).rejects.toMatchObject({ code: 'FILE_UNREADABLE' });
    const gz = gzipSync(TMX);
    await expect(TranslationMemory.fromTmx(file('cut.tmx.gz', gz.subarray(0, gz.length - 40)))).rejects.toMatchObject({ code: 'FILE_UNREADABLE' });
    await expect(TranslationMemory.fromTmx(join(dir, 'missing.tmx.gz'))).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
  });
});
