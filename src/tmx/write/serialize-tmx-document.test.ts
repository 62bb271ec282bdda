/**
 * The lossless writer: every golden TMX input that reads, written back and
 * read again, gives the same document (positions aside) — variants,
 * attributes, props, notes, header and inline markup; options change only
 * what they name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isBitextError } from '../../errors';
import { parseTmx } from '../read/parse-tmx';
import { serializeTmxDocument } from './serialize-tmx-document';
import type { TmxDocument } from '../tmx-unit';

const FIXTURES = resolve(import.meta.dirname, '../../../test/fixtures');
const inputs = ['tmx', 'tmx-interop'].flatMap((folder) =>
  readdirSync(join(FIXTURES, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => readdirSync(join(FIXTURES, folder, entry.name)).filter((file) => file.endsWith('.tmx')).map((file) => join(FIXTURES, folder, entry.name, file))),
);

/** The document without reader positions (which a rewrite changes by design). */
function withoutPositions(document: TmxDocument): unknown {
  return { header: document.header, units: document.units.map(({ place: _place, index: _index, ...unit }) => unit) };
}

function readOrUndefined(bytes: Uint8Array): TmxDocument | undefined {
  try {
    return parseTmx(bytes, { inline: 'tags' }).value;
  } catch (error) {
    if (isBitextError(error)) return undefined;
    throw error;
  }
}

describe('serializeTmxDocument', () => {
  it('premise: the golden folders hold TMX files that read', () => {
    expect(inputs.filter((file) => readOrUndefined(readFileSync(file)) !== undefined).length).toBeGreaterThan(20);
  });

  for (const file of inputs) {
    it(`writes ${file.slice(FIXTURES.length + 1)} back with nothing lost`, () => {
      const document = readOrUndefined(readFileSync(file));
      if (document === undefined) return; // a case of a file that does not read: nothing to write
      const written = serializeTmxDocument(document, { inline: 'tags' });
      const again = parseTmx(written.value, { inline: 'tags' }).value;
      const header = { ...again.header, version: document.header.version };
      // Attributes the DTD requires and the input lacked are added (and reported); the rest is equal.
      const added = written.issues.filter((issue) => issue.code === 'TMX_HEADER_COMPLETED').length;
      if (added === 0) expect(header.attributes).toEqual(document.header.attributes);
      expect(withoutPositions({ ...again, header: { ...header, attributes: document.header.attributes, srclang: document.header.srclang } })).toEqual(withoutPositions(document));
    });
  }

  it('changes only what an option names, and reports it', () => {
    const tmx = `<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="zh-TW" datatype="plaintext"/><body>
<tu tuid="1"><tuv xml:lang="zh-TW"><seg>重慶<ph>&lt;br/&gt;</ph>論壇</seg></tuv><tuv xml:lang="en"><seg>Chongqing forum</seg></tuv></tu>
<tu tuid="2"><tuv xml:lang="zh-TW"><seg>重慶<ph>&lt;br/&gt;</ph>論壇</seg></tuv><tuv xml:lang="en"><seg>Chongqing forum</seg></tuv></tu>
</body></tmx>`;
    const document = parseTmx(tmx, { inline: 'tags' }).value;
    const written = serializeTmxDocument(document, { inline: 'tags', zhLang: 'zh-CN', sourceLanguage: 'en', dedupe: true });
    const again = parseTmx(written.value, { inline: 'tags' }).value;
    expect(again.header.srclang).toBe('en');
    expect(again.units.map((unit) => unit.variants.map((v) => [v.lang, v.text]))).toEqual([[['en', 'Chongqing forum'], ['zh-CN', '重庆<ph>&lt;br/&gt;</ph>论坛']]]);
    expect(written.issues.map((issue) => issue.code)).toEqual(['TMX_DUPLICATE_UNIT', 'TMX_SCRIPT_CONVERTED']);
    expect(written.stats).toEqual({ units: 2, written: 1, duplicates: 1, converted: 2, retagged: 2, merged: 0 });
  });

  it('fills the header attributes TMX 1.4 requires when the document had none, and says so', () => {
    const written = serializeTmxDocument({ header: { version: '1.1', srclang: '', attributes: {}, props: [], notes: [], udes: [] }, units: [] });
    expect(written.value).toContain('<header creationtool="unknown" creationtoolversion="unknown" segtype="sentence" o-tmf="unknown" adminlang="en" srclang="*all*" datatype="unknown"/>');
    expect(written.issues.map((issue) => issue.code)).toEqual(['TMX_HEADER_COMPLETED', 'TMX_HEADER_COMPLETED']);
  });

  it('writes every part of a document exactly: header props, notes and ude maps, unit and variant props and notes with their attributes', () => {
    const tmx = `<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext">
<prop type="x-h" xml:lang="en" o-encoding="utf-8">hp</prop><note xml:lang="zh-CN" o-encoding="utf-8">hn</note>
<ude name="u" base="b"><map unicode="#xE000" code="#x01"/></ude><ude name="v"/></header><body>
<tu tuid="1" usagecount="2"><prop type="x-a">pa</prop><note>na</note><tuv xml:lang="en"><prop type="x-b" xml:lang="en">pb</prop><note o-encoding="utf-8">nb</note><seg>A &amp; b</seg></tuv><tuv xml:lang="zh-CN"><seg>甲</seg></tuv></tu>
</body></tmx>`;
    const written = serializeTmxDocument(parseTmx(tmx).value, { doctype: false });
    expect(written.value).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<tmx version="1.4">',
        '  <header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext">',
        '    <prop type="x-h" xml:lang="en" o-encoding="utf-8">hp</prop>',
        '    <note xml:lang="zh-CN" o-encoding="utf-8">hn</note>',
        '    <ude name="u" base="b">',
        '      <map unicode="#xE000" code="#x01"/>',
        '    </ude>',
        '    <ude name="v"/>',
        '  </header>',
        '  <body>',
        '    <tu tuid="1" usagecount="2">',
        '      <prop type="x-a">pa</prop>',
        '      <note>na</note>',
        '      <tuv xml:lang="en">',
        '        <prop type="x-b" xml:lang="en">pb</prop>',
        '        <note o-encoding="utf-8">nb</note>',
        '        <seg>A &amp; b</seg>',
        '      </tuv>',
        '      <tuv xml:lang="zh-CN"><seg>甲</seg></tuv>',
        '    </tu>',
        '  </body>',
        '</tmx>',
        '',
      ].join('\n'),
    );
    expect([written.issues, written.stats]).toEqual([[], { units: 1, written: 1, duplicates: 0, converted: 0, retagged: 0, merged: 0 }]);
    expect(serializeTmxDocument(parseTmx(tmx).value).value).toContain('<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">');
  });

  it('says what each option changed, in words', () => {
    const tmx = `<tmx version="1.3"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="zh-TW" datatype="plaintext"/><body>
<tu tuid="1"><tuv xml:lang="zh-TW"><seg>重慶</seg></tuv><tuv xml:lang="zh-CN"><seg>重庆</seg></tuv><tuv xml:lang="en"><seg>Chongqing</seg></tuv></tu>
<tu><tuv xml:lang="zh-TW"><seg>重慶</seg></tuv><tuv xml:lang="zh-CN"><seg>重庆</seg></tuv><tuv xml:lang="en"><seg>Chongqing</seg></tuv></tu>
<tu tuid="3"><tuv xml:lang="en"><seg>Beijing</seg></tuv><tuv xml:lang="zh-TW"><seg>北京</seg></tuv></tu>
</body></tmx>`;
    const written = serializeTmxDocument(parseTmx(tmx).value, { zhLang: 'zh-Hans', sourceLanguage: 'zh', dedupe: true });
    expect(written.issues.map((issue) => [issue.code, issue.message])).toEqual([
      ['TMX_HEADER_COMPLETED', 'Wrote TMX version 1.4 (the document said "1.3"); its elements are the same.'],
      ['TMX_DUPLICATE_UNIT', 'Skipped unit number 2: an earlier unit has the same variants.'],
      // Retagging comes before dedupe: unit 2's variants are counted, then the unit is left out.
      ['TMX_SCRIPT_CONVERTED', 'Gave 5 Chinese variant(s) the tag zh-Hans and converted the text of 2 to Simplified; 2 variant(s) that became identical to another of their unit were written once.'],
    ]);
    expect(written.stats).toEqual({ units: 3, written: 2, duplicates: 1, converted: 2, retagged: 5, merged: 2 });
    const again = parseTmx(written.value).value;
    expect(again.header.srclang).toBe('zh-Hans');
    expect(again.units.map((unit) => unit.variants.map((v) => `${v.lang}:${v.text}`))).toEqual([['zh-Hans:重庆', 'en:Chongqing'], ['zh-Hans:北京', 'en:Beijing']]);
    // Traditional on request, and nothing converted without zhLang.
    expect(serializeTmxDocument(parseTmx(tmx).value, { zhLang: 'zh-Hant' }).value).not.toContain('重庆');
    expect(serializeTmxDocument(parseTmx(tmx).value, { convertChinese: 'none', zhLang: 'zh-CN' }).value).toContain('<tuv xml:lang="zh-CN"><seg>重慶</seg></tuv>');
    expect(serializeTmxDocument(parseTmx(tmx).value).issues.map((issue) => issue.code)).toEqual(['TMX_HEADER_COMPLETED']);
  });

  it.each([
    [{ zhLang: 'zh-HK' }, 'zhLang'],
    [{ convertChinese: 'pinyin' }, 'convertChinese'],
    [{ sourceLanguage: 'fr' }, 'sourceLanguage'],
    [{ inline: 'xml' }, 'inline'],
  ])('refuses the bad option %o, naming %s', (options, name) => {
    expect(() => serializeTmxDocument({ header: { version: '1.4', srclang: 'en', attributes: {}, props: [], notes: [], udes: [] }, units: [] }, options as never)).toThrow(
      expect.objectContaining({ code: 'TMX_INVALID_OPTION', message: expect.stringContaining(`Expected ${name} to be`) as unknown }),
    );
  });
});

