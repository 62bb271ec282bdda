import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { randomUnits } from '../../../test/helpers/random-tm';
import { seededRandom } from '../../../test/helpers/seeded-random';
import type { TmError } from '../../errors';
import { HEADER_BYTES, SECTION_ENTRY_BYTES } from './index-file-format';
import { sectionChecksum } from './serialize-memory';
import { TranslationMemory } from '../translation-memory';

const units = [
  { id: 'a', en: 'Zhou Yi, Deputy Director-General, presided over the meeting.', zh: '副主任周毅主持會議。', props: { 'x-origin': 'seed' } },
  { id: 'b', en: 'Wang Wen attended the meeting online.', zh: '王雯線上出席活動。', confidence: 0.9 },
  ...randomUnits(seededRandom(3), 200),
];

function errorOf(run: () => unknown): TmError {
  try {
    run();
  } catch (error) {
    return error as TmError;
  }
  throw new Error('expected an error');
}

/** Table entry and data offset of the section named `name`. */
function section(bytes: Uint8Array, name: string): { entry: number; offset: number; length: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  const count = view.getUint32(12, true);
  for (let s = 0; s < count; s++) {
    const at = HEADER_BYTES + SECTION_ENTRY_BYTES * s;
    const entry = new TextDecoder().decode(bytes.subarray(at, at + 16)).replace(/\0+$/u, '');
    if (entry === name) return { entry: at, offset: view.getUint32(at + 24, true), length: view.getUint32(at + 28, true) };
  }
  throw new Error(`no section ${name}`);
}
const sectionOffset = (bytes: Uint8Array, name: string): number => section(bytes, name).offset;

describe('index bytes', () => {
  const tm = TranslationMemory.fromUnits(units);
  const bytes = tm.toBytes();

  it('round-trips: the loaded memory answers every query as the built one', () => {
    const loaded = TranslationMemory.fromBytes(bytes);
    expect(loaded.size).toBe(tm.size);
    expect(loaded.unitAt(0)).toEqual(units[0]);
    expect(loaded.unitAt(1)).toEqual(units[1]);
    for (const unit of units.slice(0, 80)) {
      for (const lang of ['en', 'zh'] as const) {
        if (!/[\p{L}\p{N}]/u.test(unit[lang])) continue;
        expect(loaded.lookup(unit[lang], { lang, minScore: 0.5, limit: 10 })).toEqual(tm.lookup(unit[lang], { lang, minScore: 0.5, limit: 10 }));
      }
    }
    expect(loaded.concordance('副主任')).toEqual(tm.concordance('副主任'));
  });

  it('saving a loaded memory gives the same bytes', () => {
    expect(TranslationMemory.fromBytes(bytes).toBytes()).toEqual(bytes);
  });

  it('refuses a foreign file at offset 0', () => {
    const error = errorOf(() => TranslationMemory.fromBytes(new TextEncoder().encode('<?xml version="1.0"?><tmx version="1.4"></tmx>')));
    expect(error.code).toBe('TM_INDEX_CORRUPT');
    expect(error.place?.offset).toBe(0);
    expect(errorOf(() => TranslationMemory.fromBytes(new Uint8Array(3))).place?.offset).toBe(0);
  });

  it('refuses another format version at offset 8', () => {
    const other = bytes.slice();
    new DataView(other.buffer).setUint32(8, 99, true);
    expect(errorOf(() => TranslationMemory.fromBytes(other))).toMatchObject({ code: 'TM_INDEX_CORRUPT', place: { offset: 8 } });
  });

  it('refuses a truncated file at the length field', () => {
    expect(errorOf(() => TranslationMemory.fromBytes(bytes.subarray(0, bytes.length - 100)))).toMatchObject({ code: 'TM_INDEX_CORRUPT', place: { offset: 16 } });
  });

  it('refuses a flipped byte inside a section at that section', () => {
    const at = sectionOffset(bytes, 'zh.postings');
    const damaged = bytes.slice();
    damaged[at + 5] = (damaged[at + 5] ?? 0) ^ 0x40;
    expect(errorOf(() => TranslationMemory.fromBytes(damaged))).toMatchObject({ code: 'TM_INDEX_CORRUPT', place: { offset: at } });
  });

  it('refuses arrays that break the index invariants even with a matching checksum, at the bad entry', () => {
    const { entry, offset, length } = section(bytes, 'en.postings');
    const damaged = bytes.slice();
    const view = new DataView(damaged.buffer);
    view.setUint32(offset + 8, 0xffffff, true); // a position beyond the last unit
    view.setUint32(entry + 20, sectionChecksum(damaged.subarray(offset, offset + length)), true);
    expect(errorOf(() => TranslationMemory.fromBytes(damaged))).toMatchObject({ code: 'TM_INDEX_CORRUPT', place: { offset: offset + 8 } });
  });
});

/** Every section of an index file: name, element type and data. */
function readSections(bytes: Uint8Array): { name: string; element: number; data: Uint8Array }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  const count = view.getUint32(12, true);
  return Array.from({ length: count }, (_, s) => {
    const at = HEADER_BYTES + SECTION_ENTRY_BYTES * s;
    const offset = view.getUint32(at + 24, true);
    return {
      name: new TextDecoder().decode(bytes.subarray(at, at + 16)).replace(/\0+$/u, ''),
      element: view.getUint32(at + 16, true),
      data: bytes.slice(offset, offset + view.getUint32(at + 28, true)),
    };
  });
}

/** A well-formed index file (valid table and checksums) made of `sections`: what a crafted file looks like. */
function writeSections(bytes: Uint8Array, sections: readonly { name: string; element: number; data: Uint8Array }[]): Uint8Array {
  const padded = (n: number): number => Math.ceil(n / 8) * 8;
  const tableEnd = HEADER_BYTES + SECTION_ENTRY_BYTES * sections.length;
  const total = sections.reduce((sum, s) => sum + padded(s.data.length), tableEnd);
  const out = new Uint8Array(total);
  out.set(bytes.subarray(0, HEADER_BYTES));
  const view = new DataView(out.buffer);
  view.setUint32(12, sections.length, true);
  view.setUint32(16, total, true);
  let offset = tableEnd;
  sections.forEach((s, i) => {
    const at = HEADER_BYTES + SECTION_ENTRY_BYTES * i;
    out.set(new TextEncoder().encode(s.name), at);
    view.setUint32(at + 16, s.element, true);
    view.setUint32(at + 20, sectionChecksum(s.data), true);
    view.setUint32(at + 24, offset, true);
    view.setUint32(at + 28, s.data.length, true);
    out.set(s.data, offset);
    offset += padded(s.data.length);
  });
  return out;
}

/** The file with section `name`'s data changed by `change` (checksums made to match). */
function craft(bytes: Uint8Array, name: string, change: (data: Uint8Array) => Uint8Array): Uint8Array {
  const sections = readSections(bytes);
  if (!sections.some((s) => s.name === name)) throw new Error(`no section ${name}`);
  return writeSections(bytes, sections.map((s) => (s.name === name ? { ...s, data: change(s.data.slice()) } : s)));
}

const u32Of = (data: Uint8Array): Uint32Array => new Uint32Array(data.buffer, data.byteOffset, data.length / 4);

describe('index bytes: exact text', () => {
  it('gives back every text code unit for code unit: a leading U+FEFF, lone surrogates, NaN and -0 confidences', () => {
    const odd = [
      { id: '\uFEFFbom', en: '\uFEFFZhou Yi presided over the meeting.', zh: '\uFEFF周毅主持會議。', confidence: Number.NaN },
      { id: 'lone\uD800', en: 'Wang Wen \uD800 attended \uDC00 the meeting \uDC00\uD800.', zh: '王雯\uDBFF出席活動。', confidence: -0 },
      { id: 'pair', en: 'U+FFFD \uFFFD stays, 𠮶 too', zh: '𠮶\uFFFD', props: { __proto__: 'x', 'x-a': '\uD83D' } as Record<string, string> },
      { id: 'inf', en: 'Infinity', zh: '無窮', confidence: Infinity },
    ];
    const loaded = TranslationMemory.fromBytes(TranslationMemory.fromUnits(odd).toBytes());
    odd.forEach((unit, i) => {
      const back = loaded.unitAt(i);
      expect([back.id, back.en, back.zh]).toEqual([unit.id, unit.en, unit.zh]);
      expect(Object.is(back.confidence, unit.confidence)).toBe(true);
      expect(back.props).toEqual(unit.props);
    });
    expect(loaded.lookup('Wang Wen attended the meeting.')[0]?.source).toBe(odd[1]?.en);
  });
});

describe('index bytes: crafted files with matching checksums give TM_INDEX_CORRUPT, never a TypeError or wrong answers', () => {
  const small = TranslationMemory.fromUnits(units.slice(0, 40)).toBytes();
  const corrupt = (bytes: Uint8Array): void => {
    expect(errorOf(() => TranslationMemory.fromBytes(bytes))).toMatchObject({ name: 'TmError', code: 'TM_INDEX_CORRUPT' });
  };
  const json = (text: string) => () => new TextEncoder().encode(text);

  it('meta that is null, an array, or without counts', () => {
    for (const meta of ['null', '[]', '3', '{"unitCount": "40", "vocabularySize": 1}', '{']) corrupt(craft(small, 'meta', json(meta)));
  });

  it('extra fields that are not JSON or not a unit\'s', () => {
    for (const extra of ['{', '[]', '{"confidence": "high"}', '{"props": {"a": 1}}', '{"origin": {}}', '{"other": 1}']) {
      const sections = readSections(small);
      const bytes = new TextEncoder().encode(extra);
      const ends = new Uint32Array(40).fill(bytes.length);
      corrupt(writeSections(small, sections.map((s) => (s.name === 'unit.extra.bytes' ? { ...s, data: bytes } : s.name === 'unit.extra.ends' ? { ...s, data: new Uint8Array(ends.buffer) } : s))));
    }
  });

  it('a vocabulary with two keys swapped', () => {
    const sections = readSections(small);
    const ends = u32Of(sections.find((s) => s.name === 'vocab.ends')?.data ?? new Uint8Array());
    const data = sections.find((s) => s.name === 'vocab.bytes')?.data ?? new Uint8Array();
    const keys = Array.from(ends, (end, i) => new TextDecoder().decode(data.subarray(i > 0 ? (ends[i - 1] ?? 0) : 0, end)));
    // Two Han characters (3 bytes each): the swap keeps every offset.
    const han = keys.flatMap((key, i) => (/^\p{Script=Han}$/u.test(key) ? [i] : []));
    const [a, b] = [han[0] ?? 0, han[1] ?? 0];
    [keys[a], keys[b]] = [keys[b] ?? '', keys[a] ?? ''];
    corrupt(craft(small, 'vocab.bytes', () => new TextEncoder().encode(keys.join(''))));
  });

  it('accepts ranks saturated at 255 in a unit of 300 tokens, and refuses them moved', () => {
    const long = { id: 'long', en: Array.from({ length: 300 }, (_, i) => `w${i % 40}`).join(' '), zh: '長'.repeat(300) };
    const bytes = TranslationMemory.fromUnits([long, ...units.slice(0, 5)]).toBytes();
    expect(TranslationMemory.fromBytes(bytes).lookup(long.en)[0]?.tuid).toBe('long');
    corrupt(craft(bytes, 'en.postingRank', (data) => data.map((rank) => (rank === 255 ? 254 : rank === 254 ? 255 : rank))));
  });

  it('token ids out of range or of another text, an order that repeats a unit', () => {
    corrupt(craft(small, 'en.tokens', (data) => (u32Of(data).fill(0xfffffff, 0, 1), data)));
    corrupt(craft(small, 'zh.tokens', (data) => (u32Of(data).reverse(), data)));
    corrupt(craft(small, 'en.order', (data) => (u32Of(data).fill(0, 0, 2), data)));
  });

  it('posting lists, ranks or signatures that do not match the tokens', () => {
    corrupt(craft(small, 'en.postings', (data) => (u32Of(data).sort(), data)));
    corrupt(craft(small, 'zh.postingRank', (data) => data.map((rank) => rank + 1)));
    corrupt(craft(small, 'en.signatures', (data) => data.map(() => 0xff)));
    corrupt(craft(small, 'zh.rarity', (data) => (u32Of(data).reverse(), data)));
  });

  it('text bytes that are not UTF-8', () => {
    corrupt(craft(small, 'unit.en.bytes', (data) => (data.fill(0xff, 0, 1), data)));
  });

  test.prop([fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 4 })], { numRuns: 150 })(
    'any byte changes in the sections: refused, or a memory that answers as a fresh build of its own units',
    (changes) => {
      const sections = readSections(small);
      for (const [which, at, xor] of changes) {
        const section = sections[which % sections.length];
        if (!section || section.data.length === 0) continue;
        const i = at % section.data.length;
        section.data[i] = (section.data[i] ?? 0) ^ xor;
      }
      let loaded: TranslationMemory;
      try {
        loaded = TranslationMemory.fromBytes(writeSections(small, sections));
      } catch (error) {
        expect(error).toMatchObject({ name: 'TmError', code: 'TM_INDEX_CORRUPT' });
        return;
      }
      const own = Array.from({ length: loaded.size }, (_, i) => loaded.unitAt(i));
      const rebuilt = TranslationMemory.fromUnits(own);
      for (const unit of own.slice(0, 10)) {
        for (const lang of ['en', 'zh'] as const) {
          if (!/[\p{L}\p{N}]/u.test(unit[lang])) continue;
          expect(loaded.lookup(unit[lang], { lang, minScore: 0.5, limit: 5 })).toEqual(rebuilt.lookup(unit[lang], { lang, minScore: 0.5, limit: 5 }));
        }
      }
    },
  );
});

describe('index bytes: each structural check names the array, what it expected, and where', () => {
  const small = TranslationMemory.fromUnits(units.slice(0, 40)).toBytes();
  /** The refusal of a crafted file: its message and its offset from the start of section `at`. */
  const refusal = (bytes: Uint8Array, at: string): [string, number | undefined] => {
    const error = errorOf(() => TranslationMemory.fromBytes(bytes));
    expect(error).toMatchObject({ name: 'TmError', code: 'TM_INDEX_CORRUPT' });
    return [error.message, (error.place?.offset ?? 0) - section(bytes, at).offset];
  };
  const u32 = (values: number[]): Uint8Array => new Uint8Array(new Uint32Array(values).buffer);
  const read = (name: string): number[] => Array.from(u32Of(readSections(small).find((s) => s.name === name)?.data ?? new Uint8Array()));
  const tokens = read('en.tokens').length;
  const postings = read('en.postings').length;
  const lists = read('en.rarity').length;

  it.each([
    { name: 'en.tokenStart', change: (d: number[]) => d.slice(0, -1), message: `Expected 41 ascending token offsets from 0 to ${tokens} in en.tokenStart.`, offset: 0 },
    { name: 'en.tokenStart', change: (d: number[]) => d.map((v, i) => (i === 2 ? (d[3] ?? 0) + 1 : v)), message: `Expected 41 ascending token offsets from 0 to ${tokens} in en.tokenStart.`, offset: 12 },
    { name: 'en.tokens', change: (d: number[]) => d.map((v, i) => (i === 2 ? 0x7fffffff : v)), message: 'Expected token ids inside the vocabulary in en.tokens.', offset: 8 },
    { name: 'en.order', change: (d: number[]) => d.slice(0, -1), message: 'Expected 40 units in en.order.', offset: 0 },
    { name: 'en.order', change: (d: number[]) => d.map((v, i) => (i === 1 ? (d[0] ?? 0) : v)), message: 'Expected each unit exactly once in en.order.', offset: 4 },
    { name: 'en.order', change: (d: number[]) => d.map((v, i) => (i === 5 ? 40 : v)), message: 'Expected each unit exactly once in en.order.', offset: 20 },
    { name: 'en.lengthStart', change: () => [0], message: 'Expected at least two offsets in en.lengthStart.', offset: 0 },
    { name: 'en.listStart', change: (d: number[]) => d.map((v, i) => (i === 2 ? 0 : v)), message: `Expected ascending list offsets from 0 to ${postings} in en.listStart.`, offset: 8 },
    { name: 'en.postings', change: (d: number[]) => d.map((v, i) => (i === 1 ? 40 : v)), message: 'Expected ascending positions of units in en.postings.', offset: 4 },
    { name: 'en.rarity', change: (d: number[]) => d.slice(0, -1), message: 'Expected one rank per listed token in en.rarity.', offset: 0 },
    { name: 'en.rarity', change: (d: number[]) => d.map((v, i) => (i === 1 ? (d[0] ?? 0) : v)), message: 'Expected each rank exactly once in en.rarity.', offset: 4 },
    { name: 'en.rarity', change: (d: number[]) => d.map((v, i) => (i === 0 ? lists : v)), message: 'Expected each rank exactly once in en.rarity.', offset: 0 },
    { name: 'en.signatures', change: (d: number[]) => d.slice(0, -1), message: 'Expected 4 words per unit in en.signatures.', offset: 0 },
  ])('$name changed: $message', ({ name, change, message, offset }) => {
    const bytes = craft(small, name, (data) => u32(change(Array.from(u32Of(data)))));
    expect(refusal(bytes, name)).toEqual([message, offset]);
  });

  it('ranks: one per posting', () => {
    const bytes = craft(small, 'zh.postingRank', (data) => data.slice(0, -1));
    expect(refusal(bytes, 'zh.postingRank')).toEqual(['Expected one rank per posting in zh.postingRank.', 0]);
  });

  it('string ends: their count, and in order inside the bytes', () => {
    const fewer = craft(small, 'unit.en.ends', (data) => data.slice(0, -4));
    expect(refusal(fewer, 'unit.en.ends')).toEqual(['Expected 40 string ends, found 39.', 0]);
    const bytesLength = readSections(small).find((s) => s.name === 'unit.en.bytes')?.data.length ?? 0;
    const beyond = craft(small, 'unit.en.ends', (data) => u32(Array.from(u32Of(data)).map((v, i) => (i === 3 ? bytesLength + 1 : v))));
    expect(refusal(beyond, 'unit.en.ends')).toEqual([`Expected string ends in order inside the text bytes, found ${bytesLength + 1}.`, 12]);
    const backwards = craft(small, 'unit.zh.ends', (data) => u32(Array.from(u32Of(data)).map((v, i, all) => (i === 2 ? (all[0] ?? 0) - 1 : v))));
    expect(refusal(backwards, 'unit.zh.ends')[1]).toBe(8);
  });
});
