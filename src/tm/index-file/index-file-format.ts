/**
 * The saved-index file (`.tmidx`): a memory's units and index as typed
 * arrays, read back as views of the file's bytes (no parsing, no copying), so
 * opening needs no build; every array is still checked against the units
 * on open (verify-index.ts). Little-endian throughout.
 *
 * ```
 * offset  size  field
 *      0     8  magic "BTMINDEX"
 *      8     4  format version (u32) = INDEX_FORMAT_VERSION
 *     12     4  number of sections S (u32)
 *     16     4  file length in bytes (u32; files are at most 4 GiB)
 *     20    12  reserved, zero
 *     32  32·S  section table, one entry per section:
 *                 16  name (ASCII, NUL-padded)
 *                  4  element type (u32): 1 = u8, 4 = u32
 *                  4  checksum (u32, FNV-1a over the section's 32-bit words, zero-padded)
 *                  4  byte offset (u32, a multiple of 8)
 *                  4  byte length (u32)
 *      …           section data, each padded with zeros to a multiple of 8
 * ```
 *
 * Sections: `meta` (UTF-8 JSON: unit count, vocabulary size, writer
 * version); string columns `unit.id`, `unit.en`, `unit.zh`, `unit.extra` (JSON
 * of the unit's confidence, origin and props, empty when it has none) and
 * `vocab` (the token keys), each as `<name>.bytes` (UTF-8, concatenated) plus
 * `<name>.ends` (u32 end offset of each string); and for each side (`en`,
 * `zh`) the arrays of its side index (`core/side-index.ts`). A reader refuses a file with
 * another magic or version, a section out of bounds, a checksum mismatch or
 * arrays that break the index's invariants, with `TM_INDEX_CORRUPT` at the
 * byte offset where the problem was found.
 */

/** The first 8 bytes of every index file. */
export const INDEX_MAGIC = 'BTMINDEX';
/** Version of the layout above; bump it on any change a version-1 reader would misread. */
export const INDEX_FORMAT_VERSION = 1;
/** Bytes before the section table. */
export const HEADER_BYTES = 32;
/** Bytes per section-table entry. */
export const SECTION_ENTRY_BYTES = 32;
/** Longest section name. */
export const SECTION_NAME_BYTES = 16;
/** Element types of a section. */
export const ELEMENT = { u8: 1, u32: 4 } as const;

/** Names of the string columns. */
export const STRING_COLUMNS = ['unit.id', 'unit.en', 'unit.zh', 'unit.extra', 'vocab'] as const;

/** The typed-array fields of a side index (`core/side-index.ts`). */
export type SideArrayField = 'tokenStart' | 'tokens' | 'order' | 'lengthStart' | 'listStart' | 'postings' | 'postingRank' | 'rarity' | 'signatures';

/** The typed-array fields of a side, with their element types, in file order. */
export const SIDE_ARRAYS: readonly (readonly [SideArrayField, number])[] = [
  ['tokenStart', ELEMENT.u32],
  ['tokens', ELEMENT.u32],
  ['order', ELEMENT.u32],
  ['lengthStart', ELEMENT.u32],
  ['listStart', ELEMENT.u32],
  ['postings', ELEMENT.u32],
  ['postingRank', ELEMENT.u8],
  ['rarity', ELEMENT.u32],
  ['signatures', ELEMENT.u32],
];

/** What the `meta` section holds. */
export interface IndexMeta {
  readonly unitCount: number;
  readonly vocabularySize: number;
  /** bitext-tm version that wrote the file (informative). */
  readonly writer: string;
}

/**
 * FNV-1a over 32-bit little-endian words (Fowler, Noll, Vo): cheap enough to
 * check a gigabyte on load, and catches truncation and flipped bytes.
 * `words` covers the section padded with zeros to a multiple of 4 bytes.
 */
export function checksumWords(words: Uint32Array): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < words.length; i++) hash = Math.imul(hash ^ (words[i] ?? 0), 0x01000193);
  return hash >>> 0;
}
