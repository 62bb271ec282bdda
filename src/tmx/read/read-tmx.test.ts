import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { TmxParseError } from '../../errors';
import { parseTmx } from './parse-tmx';
import { readTmx } from './read-tmx';
import type { TmxUnit } from '../tmx-unit';

const TEXT = `\uFEFF<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<!-- a comment with </tu> and <tu> inside -->
<tmx version="1.4">
  <header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext">
    <prop type="x-h">header prop</prop>
  </header>
  <body>
    <tu tuid="1"><tuv xml:lang="en"><seg>Save &amp; exit</seg></tuv><tuv xml:lang="zh-CN"><seg>保存并退出😀</seg></tuv></tu>
    <!-- </tu> -->
    <tu tuid="2"><tuv xml:lang="en"><seg><![CDATA[</tu><tu>]]></seg></tuv><tuv xml:lang="zh-TW"><seg>重慶</seg></tuv></tu>
    <?pi </tu>?>
    <tu tuid="3"><tuv xml:lang="en"><seg>x</seg></tuv></tu>
    <tu><tuv><seg>no lang</seg></tuv></tu>
  </body>
</tmx>
`;

async function collect(chunks: Iterable<Uint8Array | string> | AsyncIterable<Uint8Array | string>): Promise<{ units: TmxUnit[]; reader: ReturnType<typeof readTmx> }> {
  const reader = readTmx(chunks);
  const units: TmxUnit[] = [];
  for await (const unit of reader) units.push(unit);
  return { units, reader };
}

function byteChunks(bytes: Uint8Array, size: number): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return chunks;
}

describe('readTmx', () => {
  const expected = parseTmx(TEXT);

  test('premise: the document has 4 tus, one invalid', () => {
    expect(expected.value.units.map((u) => u.tuid)).toEqual(['1', '2', '3']);
    expect(expected.issues.map((i) => i.code)).toEqual(['TMX_MISSING_LANG']);
  });

  test('gives what parseTmx gives, for every chunk size (bytes cut inside characters and markup)', async () => {
    const bytes = Buffer.from(TEXT);
    for (let size = 1; size <= 64; size++) {
      const { units, reader } = await collect(byteChunks(bytes, size));
      expect(units).toEqual(expected.value.units);
      expect(reader.header).toEqual(expected.value.header);
      expect(reader.issues).toEqual(expected.issues);
    }
  });

  test('reads a Node Readable and string chunks', async () => {
    const fromStream = await collect(Readable.from(byteChunks(Buffer.from(TEXT), 100)));
    expect(fromStream.units).toEqual(expected.value.units);
    const fromStrings = await collect([TEXT.slice(0, 300), TEXT.slice(300)]);
    expect(fromStrings.units).toEqual(expected.value.units);
  });

  test('yields the units before an error, then throws with the place', async () => {
    const broken = TEXT.replace('<tu tuid="3">', '<tu tuid="3"><tuv xml:lang="en"><seg>a & b</seg></tuv></tu><tu>');
    const seen: string[] = [];
    let error: unknown;
    try {
      for await (const unit of readTmx(byteChunks(Buffer.from(broken), 16))) seen.push(unit.tuid ?? '');
    } catch (e) {
      error = e;
    }
    expect(seen).toEqual(['1', '2']);
    expect(error).toBeInstanceOf(TmxParseError);
    expect((error as TmxParseError).code).toBe('TMX_MALFORMED_XML');
    expect((error as TmxParseError).place?.line).toBe(13);
  });

  test('refuses an endless element without buffering it', async () => {
    let produced = 0;
    const head = '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>';
    expect(head.indexOf('<tu>')).toBe(47);
    function* endless(): Generator<string> {
      yield head;
      for (;;) {
        produced++;
        yield 'x'.repeat(65536);
      }
    }
    let error: unknown;
    try {
      for await (const _ of readTmx(endless(), { maxElementLength: 1_000_000 })) {
        // only the error matters
      }
    } catch (e) {
      error = e;
    }
    expect((error as TmxParseError).code).toBe('TMX_OVERSIZED_ELEMENT');
    expect((error as TmxParseError).place).toEqual({ line: 1, column: 48, offset: 47 });
    expect(produced).toBeLessThan(20);
  });

  test('a truncated file fails at its end, after its complete units', async () => {
    const cut = TEXT.slice(0, TEXT.indexOf('<tu tuid="3">') + 20);
    const seen: string[] = [];
    await expect(async () => {
      for await (const unit of readTmx([Buffer.from(cut)])) seen.push(unit.tuid ?? '');
    }).rejects.toMatchObject({ code: 'TMX_MALFORMED_XML', place: { line: 13 } });
    expect(seen).toEqual(['1', '2']);
  });
});
