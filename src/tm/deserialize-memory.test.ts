import { describe, expect, it } from 'vitest';
import { randomUnits } from '../../test/helpers/random-tm';
import { seededRandom } from '../../test/helpers/seeded-random';
import type { TmError } from '../errors';
import { HEADER_BYTES, SECTION_ENTRY_BYTES } from './index-file-format';
import { sectionChecksum } from './serialize-memory';
import { TranslationMemory } from './translation-memory';

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
