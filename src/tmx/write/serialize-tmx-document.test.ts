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
});
