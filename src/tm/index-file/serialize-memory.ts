/** A memory → the bytes of an index file (format in `index-file-format.ts`). Pure: no file access. */
import type { Lang } from '../../types';
import { BlobUnitStore, type UnitColumns } from './blob-unit-store';
import { unitExtraJson } from './unit-extra';
import {
  checksumWords,
  ELEMENT,
  HEADER_BYTES,
  INDEX_FORMAT_VERSION,
  INDEX_MAGIC,
  SECTION_ENTRY_BYTES,
  SECTION_NAME_BYTES,
  SIDE_ARRAYS,
  type IndexMeta,
} from './index-file-format';
import type { MemoryCore } from '../core/memory-core';
import { encodeStringColumn, type StringColumn } from './string-column';

/** One section to write. */
interface Section {
  readonly name: string;
  readonly element: number;
  readonly bytes: Uint8Array;
}

const asBytes = (array: Uint32Array | Uint8Array): Uint8Array => new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
const paddedLength = (length: number): number => Math.ceil(length / 8) * 8;

/**
 * The index file of `core` as a list of byte chunks (header, then each
 * section and its padding), which concatenated are the file. Chunks are views
 * of the memory's own arrays where possible, so writing a file copies nothing.
 * @throws RangeError when the file would exceed 4 GiB.
 */
export function serializeMemory(core: MemoryCore, writer: string): Uint8Array[] {
  const sections = collectSections(core, writer);
  let offset = HEADER_BYTES + SECTION_ENTRY_BYTES * sections.length;
  const offsets = sections.map((section) => {
    const at = offset;
    offset += paddedLength(section.bytes.length);
    return at;
  });
  if (offset > 0xffffffff) throw new RangeError('The index file would exceed 4 GiB');

  const header = new Uint8Array(HEADER_BYTES + SECTION_ENTRY_BYTES * sections.length);
  const view = new DataView(header.buffer);
  new TextEncoder().encodeInto(INDEX_MAGIC, header);
  view.setUint32(8, INDEX_FORMAT_VERSION, true);
  view.setUint32(12, sections.length, true);
  view.setUint32(16, offset, true);
  const chunks: Uint8Array[] = [header];
  sections.forEach((section, s) => {
    const entry = HEADER_BYTES + SECTION_ENTRY_BYTES * s;
    new TextEncoder().encodeInto(section.name, header.subarray(entry, entry + SECTION_NAME_BYTES));
    const padding = paddedLength(section.bytes.length) - section.bytes.length;
    view.setUint32(entry + 16, section.element, true);
    view.setUint32(entry + 20, sectionChecksum(section.bytes), true);
    view.setUint32(entry + 24, offsets[s] ?? 0, true);
    view.setUint32(entry + 28, section.bytes.length, true);
    chunks.push(section.bytes);
    if (padding > 0) chunks.push(new Uint8Array(padding));
  });
  return chunks;
}

/** Checksum of a section's bytes, zero-padded to whole 32-bit words. */
export function sectionChecksum(bytes: Uint8Array): number {
  const whole = bytes.length & ~3;
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, whole / 4);
  const tail = new Uint8Array(4);
  tail.set(bytes.subarray(whole));
  let hash = checksumWords(words);
  if (bytes.length > whole) hash = Math.imul(hash ^ (new Uint32Array(tail.buffer)[0] ?? 0), 0x01000193) >>> 0;
  return hash;
}

function collectSections(core: MemoryCore, writer: string): Section[] {
  const meta: IndexMeta = { unitCount: core.store.size, vocabularySize: core.vocabulary.size, writer };
  const sections: Section[] = [{ name: 'meta', element: ELEMENT.u8, bytes: new TextEncoder().encode(JSON.stringify(meta)) }];
  const columns = unitColumns(core);
  const stringColumns: [string, StringColumn][] = [
    ['unit.id', columns.id],
    ['unit.en', columns.en],
    ['unit.zh', columns.zh],
    ['unit.extra', columns.extra],
    ['vocab', encodeStringColumn(core.vocabulary.size, (id) => core.vocabulary.keys[id] ?? '')],
  ];
  for (const [name, column] of stringColumns) {
    sections.push({ name: `${name}.bytes`, element: ELEMENT.u8, bytes: column.bytes });
    sections.push({ name: `${name}.ends`, element: ELEMENT.u32, bytes: asBytes(column.ends) });
  }
  for (const lang of ['en', 'zh'] as const satisfies readonly Lang[]) {
    const side = core.sides[lang];
    for (const [field, element] of SIDE_ARRAYS) sections.push({ name: `${lang}.${field}`, element, bytes: asBytes(side[field]) });
  }
  return sections;
}

/** The units as string columns: reused from a loaded file, encoded otherwise. */
function unitColumns(core: MemoryCore): UnitColumns {
  const store = core.store;
  if (store instanceof BlobUnitStore) return store.columns;
  const size = store.size;
  return {
    id: encodeStringColumn(size, (i) => store.unit(i).id),
    en: encodeStringColumn(size, (i) => store.unit(i).en),
    zh: encodeStringColumn(size, (i) => store.unit(i).zh),
    extra: encodeStringColumn(size, (i) => unitExtraJson(store.unit(i))),
  };
}
