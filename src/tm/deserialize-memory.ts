/**
 * The bytes of an index file → a memory, checked so that a corrupt or foreign
 * file fails with `TM_INDEX_CORRUPT` at a byte offset instead of returning
 * wrong matches (format in `index-file-format.ts`). Pure: no file access.
 * Arrays are views of `bytes` (copied once only if `bytes` is not 8-byte aligned).
 */
import { TmError } from '../errors';
import type { Lang } from '../types';
import { BlobUnitStore } from './blob-unit-store';
import {
  ELEMENT,
  HEADER_BYTES,
  INDEX_FORMAT_VERSION,
  INDEX_MAGIC,
  SECTION_ENTRY_BYTES,
  SECTION_NAME_BYTES,
  SIDE_ARRAYS,
  STRING_COLUMNS,
  type IndexMeta,
} from './index-file-format';
import type { MemoryCore } from './memory-core';
import { sectionChecksum } from './serialize-memory';
import type { SideIndex } from './side-index';
import { stringAt, type StringColumn } from './string-column';
import { Vocabulary } from './vocabulary';

/** A section as found in the table. */
interface SectionEntry {
  readonly name: string;
  readonly element: number;
  readonly offset: number;
  readonly length: number;
  /** Where its table entry is. */
  readonly entryOffset: number;
}

/** A `TM_INDEX_CORRUPT` error at byte `offset` (reported as line 1, column offset + 1). */
export function corruptIndex(offset: number, message: string): TmError {
  return new TmError('TM_INDEX_CORRUPT', message, { place: { line: 1, column: offset + 1, offset } });
}

/**
 * Read a memory from the bytes of an index file.
 * @throws TmError `TM_INDEX_CORRUPT` (with `place.offset`) for anything but an intact index file of this version.
 */
export function deserializeMemory(input: Uint8Array): MemoryCore {
  const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = readSectionTable(bytes, view);
  const sections = new Map(entries.map((entry) => [entry.name, entry]));

  const u8 = (name: string): Uint8Array => {
    const entry = requireSection(sections, name, ELEMENT.u8);
    return bytes.subarray(entry.offset, entry.offset + entry.length);
  };
  const u32 = (name: string): Uint32Array => {
    const entry = requireSection(sections, name, ELEMENT.u32);
    return new Uint32Array(bytes.buffer, bytes.byteOffset + entry.offset, entry.length / 4);
  };
  const offsetOf = (name: string): number => sections.get(name)?.offset ?? 0;

  const meta = readMeta(u8('meta'), offsetOf('meta'));
  const column = (name: (typeof STRING_COLUMNS)[number], count: number): StringColumn => {
    const result = { bytes: u8(`${name}.bytes`), ends: u32(`${name}.ends`) };
    checkEnds(result, count, offsetOf(`${name}.ends`));
    return result;
  };
  const store = new BlobUnitStore({
    id: column('unit.id', meta.unitCount),
    en: column('unit.en', meta.unitCount),
    zh: column('unit.zh', meta.unitCount),
    extra: column('unit.extra', meta.unitCount),
  });
  const vocabulary = readVocabulary(column('vocab', meta.vocabularySize), offsetOf('vocab.ends'));
  const side = (lang: Lang): SideIndex => {
    const arrays = Object.fromEntries(SIDE_ARRAYS.map(([field, element]) => [field, element === ELEMENT.u8 ? u8(`${lang}.${field}`) : u32(`${lang}.${field}`)]));
    const index = { lang, ...arrays } as unknown as SideIndex;
    checkSide(index, meta, (field) => offsetOf(`${lang}.${field}`));
    return index;
  };
  return { store, vocabulary, sides: { en: side('en'), zh: side('zh') } };
}

function readSectionTable(bytes: Uint8Array, view: DataView): SectionEntry[] {
  if (bytes.length < HEADER_BYTES) {
    throw corruptIndex(0, `Expected a bitext-tm index file of at least ${HEADER_BYTES} bytes, found ${bytes.length}.`);
  }
  const magic = new TextDecoder('latin1').decode(bytes.subarray(0, 8));
  if (magic !== INDEX_MAGIC) throw corruptIndex(0, `Expected a bitext-tm index file (starting "${INDEX_MAGIC}"), found another kind of file.`);
  const version = view.getUint32(8, true);
  if (version !== INDEX_FORMAT_VERSION) {
    throw corruptIndex(8, `Expected index format version ${INDEX_FORMAT_VERSION}, found version ${version}; rebuild the index with this bitext-tm.`);
  }
  const fileLength = view.getUint32(16, true);
  if (fileLength !== bytes.length) throw corruptIndex(16, `Expected ${fileLength} bytes as the header says, found ${bytes.length} (a truncated or padded file).`);
  const count = view.getUint32(12, true);
  const tableEnd = HEADER_BYTES + SECTION_ENTRY_BYTES * count;
  if (count > 1000 || tableEnd > bytes.length) throw corruptIndex(12, `Expected a section table inside the file, found ${count} sections.`);
  const entries: SectionEntry[] = [];
  for (let s = 0; s < count; s++) {
    const at = HEADER_BYTES + SECTION_ENTRY_BYTES * s;
    const nameBytes = bytes.subarray(at, at + SECTION_NAME_BYTES);
    const nameEnd = nameBytes.indexOf(0);
    const entry: SectionEntry = {
      name: new TextDecoder('latin1').decode(nameEnd < 0 ? nameBytes : nameBytes.subarray(0, nameEnd)),
      element: view.getUint32(at + 16, true),
      offset: view.getUint32(at + 24, true),
      length: view.getUint32(at + 28, true),
      entryOffset: at,
    };
    if (
      (entry.element !== ELEMENT.u8 && entry.element !== ELEMENT.u32) ||
      entry.offset % 8 !== 0 ||
      entry.offset < tableEnd ||
      entry.offset + entry.length > bytes.length ||
      entry.length % entry.element !== 0
    ) {
      throw corruptIndex(at, `Expected section "${entry.name}" to lie inside the file on an 8-byte boundary, found offset ${entry.offset} and length ${entry.length}.`);
    }
    if (sectionChecksum(bytes.subarray(entry.offset, entry.offset + entry.length)) !== view.getUint32(at + 20, true)) {
      throw corruptIndex(entry.offset, `Section "${entry.name}" does not match its checksum: the file is damaged.`);
    }
    entries.push(entry);
  }
  return entries;
}

function requireSection(sections: ReadonlyMap<string, SectionEntry>, name: string, element: number): SectionEntry {
  const entry = sections.get(name);
  if (!entry) throw corruptIndex(12, `Expected a section "${name}" in the index file, found none.`);
  if (entry.element !== element) throw corruptIndex(entry.entryOffset + 16, `Expected section "${name}" of ${element}-byte elements, found ${entry.element}-byte ones.`);
  return entry;
}

function readMeta(bytes: Uint8Array, offset: number): IndexMeta {
  let meta: Partial<IndexMeta>;
  try {
    meta = JSON.parse(new TextDecoder().decode(bytes)) as Partial<IndexMeta>;
  } catch {
    throw corruptIndex(offset, 'Expected JSON in the "meta" section, found something else.');
  }
  const count = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
  if (!count(meta.unitCount) || !count(meta.vocabularySize) || meta.unitCount === 0) {
    throw corruptIndex(offset, 'Expected a unit count and a vocabulary size in the "meta" section.');
  }
  return { unitCount: meta.unitCount, vocabularySize: meta.vocabularySize, writer: String(meta.writer) };
}

function checkEnds(column: StringColumn, count: number, offset: number): void {
  if (column.ends.length !== count) throw corruptIndex(offset, `Expected ${count} string ends, found ${column.ends.length}.`);
  let previous = 0;
  for (let i = 0; i < count; i++) {
    const end = column.ends[i] ?? 0;
    if (end < previous || end > column.bytes.length) throw corruptIndex(offset + 4 * i, `Expected string ends in order inside the text bytes, found ${end}.`);
    previous = end;
  }
}

function readVocabulary(column: StringColumn, offset: number): Vocabulary {
  const keys = Array.from(column.ends, (_, id) => stringAt(column, id));
  try {
    const vocabulary = new Vocabulary(keys);
    vocabulary.freeze();
    return vocabulary;
  } catch {
    throw corruptIndex(offset, 'Expected distinct vocabulary keys, found a repeated one.');
  }
}

/** The invariants lookup relies on; a violation means a damaged or foreign file. */
function checkSide(side: SideIndex, meta: IndexMeta, offsetOf: (field: string) => number): void {
  const n = meta.unitCount;
  const fail = (field: string, index: number, what: string): never => {
    throw corruptIndex(offsetOf(field) + (field === 'postingRank' ? index : 4 * index), `Expected ${what} in ${side.lang}.${field}.`);
  };
  checkOffsets(side.tokenStart, n + 1, side.tokens.length, (i) => fail('tokenStart', i, `${n + 1} ascending token offsets from 0 to ${side.tokens.length}`));
  for (let i = 0; i < side.tokens.length; i++) if ((side.tokens[i] ?? 0) >= meta.vocabularySize) fail('tokens', i, 'token ids inside the vocabulary');
  if (side.order.length !== n) fail('order', 0, `${n} units`);
  const seen = new Uint8Array(n);
  for (let p = 0; p < n; p++) {
    const unit = side.order[p] ?? 0;
    if (unit >= n || seen[unit] === 1) fail('order', p, 'each unit exactly once');
    seen[unit] = 1;
  }
  const lengths = side.lengthStart.length;
  if (lengths < 2) fail('lengthStart', 0, 'at least two offsets');
  checkOffsets(side.lengthStart, lengths, n, (i) => fail('lengthStart', i, `ascending positions from 0 to ${n}`));
  for (let p = 0; p < n; p++) {
    const length = (side.tokenStart[p + 1] ?? 0) - (side.tokenStart[p] ?? 0);
    if (length + 1 >= lengths || (side.lengthStart[length] ?? 0) > p || (side.lengthStart[length + 1] ?? 0) <= p) fail('lengthStart', length, 'positions ranked by token count');
  }
  const lists = side.listStart.length - 1;
  if (lists < 0 || lists > meta.vocabularySize) fail('listStart', 0, 'at most one list per vocabulary entry');
  checkOffsets(side.listStart, lists + 1, side.postings.length, (i) => fail('listStart', i, `ascending list offsets from 0 to ${side.postings.length}`));
  for (let id = 0; id < lists; id++) {
    let previous = 0;
    for (let at = side.listStart[id] ?? 0, end = side.listStart[id + 1] ?? 0; at < end; at++) {
      const position = side.postings[at] ?? 0;
      if (position >= n || position < previous) fail('postings', at, 'ascending positions of units');
      previous = position;
    }
  }
  if (side.postingRank.length !== side.postings.length) fail('postingRank', 0, 'one rank per posting');
  if (side.rarity.length !== lists) fail('rarity', 0, 'one rank per listed token');
  const ranked = new Uint8Array(lists);
  for (let id = 0; id < lists; id++) {
    const rank = side.rarity[id] ?? 0;
    if (rank >= lists || ranked[rank] === 1) fail('rarity', id, 'each rank exactly once');
    ranked[rank] = 1;
  }
}

/** `values` has `count` entries, ascending from 0 to `last`; else `fail(index)`. */
function checkOffsets(values: Uint32Array, count: number, last: number, fail: (index: number) => never): void {
  if (values.length !== count || values[0] !== 0 || values[count - 1] !== last) fail(0);
  for (let i = 1; i < count; i++) if ((values[i] ?? 0) < (values[i - 1] ?? 0)) fail(i);
}
