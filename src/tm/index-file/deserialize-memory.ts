/**
 * The bytes of an index file → a memory, checked so that a corrupt or foreign
 * file fails with `TM_INDEX_CORRUPT` at a byte offset instead of returning
 * wrong matches (format in `index-file-format.ts`). Pure: no file access.
 * Arrays are views of `bytes` (copied once only if `bytes` is not 8-byte aligned).
 */
import type { Lang } from '../../types';
import { BlobUnitStore } from './blob-unit-store';
import { checkEnds, checkSide, corruptIndex } from './check-index-arrays';
import { verifyExtras, verifySideContent, verifyStrings } from './verify-index';
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
import type { MemoryCore } from '../core/memory-core';
import { sectionChecksum } from './serialize-memory';
import type { SideIndex } from '../core/side-index';
import { stringAt, type StringColumn } from './string-column';
import { Vocabulary } from '../tokens/vocabulary';

/** A section as found in the table. */
interface SectionEntry {
  readonly name: string;
  readonly element: number;
  readonly offset: number;
  readonly length: number;
  /** Where its table entry is. */
  readonly entryOffset: number;
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
  for (const name of ['unit.id', 'unit.en', 'unit.zh', 'unit.extra'] as const) verifyStrings(store.columns[columnKey(name)], offsetOf(`${name}.bytes`), name);
  verifyExtras(store.columns.extra, offsetOf('unit.extra.bytes'));
  const vocabularyColumn = column('vocab', meta.vocabularySize);
  verifyStrings(vocabularyColumn, offsetOf('vocab.bytes'), 'vocab');
  const vocabulary = readVocabulary(vocabularyColumn, offsetOf('vocab.ends'));
  const side = (lang: Lang): SideIndex => {
    const arrays = Object.fromEntries(SIDE_ARRAYS.map(([field, element]) => [field, element === ELEMENT.u8 ? u8(`${lang}.${field}`) : u32(`${lang}.${field}`)]));
    const index = { lang, ...arrays } as unknown as SideIndex;
    const sideOffset = (field: string): number => offsetOf(`${lang}.${field}`);
    checkSide(index, meta, sideOffset);
    verifySideContent(index, lang, (unit) => store.text(unit, lang), vocabulary, sideOffset);
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

/** The key of a unit string column in {@link BlobUnitStore.columns}. */
const columnKey = (name: 'unit.id' | 'unit.en' | 'unit.zh' | 'unit.extra'): 'id' | 'en' | 'zh' | 'extra' => name.slice(5) as 'id' | 'en' | 'zh' | 'extra';

function readMeta(bytes: Uint8Array, offset: number): IndexMeta {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw corruptIndex(offset, 'Expected JSON in the "meta" section, found something else.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw corruptIndex(offset, 'Expected a JSON object in the "meta" section, found another JSON value.');
  const meta = parsed as Partial<Record<keyof IndexMeta, unknown>>;
  const count = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
  if (!count(meta.unitCount) || !count(meta.vocabularySize) || meta.unitCount === 0) {
    throw corruptIndex(offset, 'Expected a unit count and a vocabulary size in the "meta" section.');
  }
  return { unitCount: meta.unitCount, vocabularySize: meta.vocabularySize, writer: String(meta.writer) };
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
