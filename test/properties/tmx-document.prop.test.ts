/**
 * The lossless writer: any TMX document — units with any number of variants
 * in any languages, attributes, props, notes, inline markup nested a few
 * levels, a header with props, notes and <ude>s — written with
 * serializeTmxDocument and read back with parseTmx (inline: 'tags') is the
 * same document, positions aside; and the streaming reader agrees. Documents
 * of 1,000+ units, so a writer that drops or reorders one in many shows.
 * The inline markup is rendered here by the test's own canonical writer,
 * not by src/tmx.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parseTmx, readTmx, serializeTmxDocument, type TmxDocument, type TmxHeader, type TmxUnit } from '../../src/index';
import { LARGE, runs } from '../helpers/property-scale';

/** Text that is fine in XML (no illegal characters: the reader refuses them by default). */
const PIECES = ['重慶', '论坛', 'Chongqing', 'forum', '2022', ' ', '  ', '\t', '\n', '&', '<', '>', '"', "'", ']]>', '😀', '𠀋', 'e\u0301', '\u3000'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((parts) => parts.join(''));
const name = fc.constantFrom('creationdate', 'changeid', 'usagecount', 'x-client', 'o-encoding', 'srclang', 'datatype');
const attributes = fc.dictionary(name, text, { maxKeys: 3 });
const lang = fc.constantFrom('en', 'en-US', 'zh-CN', 'zh-TW', 'zh-Hant', 'ru', 'fr-FR', 'ja');
const prop = fc.record({ type: fc.constantFrom('x-client', 'x-domain', 'Txt::Note', 'x-document'), value: text, lang: lang, encoding: fc.constantFrom('base64', 'utf-8') }, { requiredKeys: ['type', 'value'] });
const note = fc.record({ text, lang, encoding: fc.constantFrom('base64') }, { requiredKeys: ['text'] });

/** Canonical TMX inline markup, as the reader's `inline: 'tags'` gives it: text escaped (& < >), attributes in double quotes. */
const escapeText = (value: string): string => value.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
const escapeAttribute = (value: string): string => escapeText(value).replace(/"/gu, '&quot;').replace(/\t/gu, '&#x9;').replace(/\n/gu, '&#xA;');
const { markup } = fc.letrec<{ markup: string; element: string }>((tie) => ({
  markup: fc.array(fc.oneof({ weight: 3, arbitrary: text.filter((t) => t !== '').map(escapeText) }, { weight: 1, arbitrary: tie('element') }), { maxLength: 4 }).map((parts) => joinText(parts)),
  element: fc
    .tuple(fc.constantFrom('bpt', 'ept', 'ph', 'it', 'hi', 'ut', 'sub'), fc.nat(9), fc.option(text, { nil: undefined }), fc.oneof({ depthSize: 'small' }, fc.constant(''), tie('markup')))
    .map(([tag, i, x, inner]) => {
      const attrs = ` i="${i}"${x === undefined ? '' : ` x="${escapeAttribute(x)}"`}`;
      return inner === '' ? `<${tag}${attrs}/>` : `<${tag}${attrs}>${inner}</${tag}>`;
    }),
}));

/** Adjacent text parts are one text node after parsing: join them the same way here. */
function joinText(parts: readonly string[]): string {
  return parts.join('');
}

const variant = fc.record({ lang, text: markup, props: fc.array(prop, { maxLength: 2 }), notes: fc.array(note, { maxLength: 2 }), attributes });
const unit = fc.record({ tuid: fc.option(text.map((t) => `u${t}`), { nil: undefined }), props: fc.array(prop, { maxLength: 2 }), notes: fc.array(note, { maxLength: 2 }), variants: fc.array(variant, { minLength: 1, maxLength: 4 }), attributes });
const header: fc.Arbitrary<TmxHeader> = fc
  .record({
    props: fc.array(prop, { maxLength: 2 }),
    notes: fc.array(note, { maxLength: 2 }),
    udes: fc.array(fc.record({ attributes: fc.record({ name: text, base: text }), maps: fc.array(fc.record({ unicode: fc.constant('#xF8FF'), code: fc.constant('#xF0'), ent: text }), { maxLength: 2 }) }), { maxLength: 2 }),
    srclang: lang,
  })
  .map((h) => ({
    version: '1.4',
    srclang: h.srclang,
    attributes: { creationtool: 'prop-test', creationtoolversion: '1', segtype: 'sentence', 'o-tmf': 'test', adminlang: 'en', srclang: h.srclang, datatype: 'plaintext' },
    props: h.props,
    notes: h.notes,
    udes: h.udes,
  }));

/** What the reader gives back: the generated unit with the fields only the reader sets (tuid absent when undefined, hasMarkup). */
function asRead(u: object): unknown {
  const { tuid, ...rest } = u as { tuid?: string } & Record<string, unknown>;
  const variants = (rest['variants'] as { text: string }[]).map((v) => ({ ...v, hasMarkup: v.text.includes('<') }));
  return { ...(tuid === undefined ? {} : { tuid }), ...rest, variants };
}

function withoutPositions(units: readonly TmxUnit[]): unknown[] {
  return units.map(({ index: _index, place: _place, ...rest }) => asRead(rest));
}

describe('lossless TMX document round trip', () => {
  test.prop([header, fc.array(unit, LARGE)], { numRuns: runs(6) })(
    'serializeTmxDocument → parseTmx gives every unit, variant, attribute, prop, note and tag back, in order',
    async (head, generated) => {
      const document = { header: head, units: generated.map((u, k) => ({ ...u, index: k + 1, place: { line: 1, column: 1, offset: 0 } })) } as unknown as TmxDocument;
      const written = serializeTmxDocument(document, { inline: 'tags' });
      expect(written.issues).toEqual([]);
      const read = parseTmx(written.value, { inline: 'tags' });
      expect(read.issues).toEqual([]);
      expect(read.value.header).toEqual(head);
      expect(read.value.units.length).toBe(generated.length);
      expect(withoutPositions(read.value.units)).toEqual(generated.map(asRead));
      // The streaming reader, fed 4 KiB chunks, agrees unit for unit.
      const bytes = Buffer.from(written.value);
      const chunks = Array.from({ length: Math.ceil(bytes.length / 4096) }, (_, i) => bytes.subarray(i * 4096, i * 4096 + 4096));
      const streamed: TmxUnit[] = [];
      for await (const u of readTmx(chunks, { inline: 'tags' })) streamed.push(u);
      expect(withoutPositions(streamed)).toEqual(withoutPositions(read.value.units));
    },
  );
});
