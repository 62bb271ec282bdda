/**
 * The translation memory users import: fuzzy lookup, concordance and term
 * lookup over a set of translation units, in both directions. Its parts, one
 * sub-folder each:
 *
 *   tokens/      text → match tokens and their keys, keys ↔ ids (the vocabulary)
 *   core/        the index of each side, built from the units (memory-core.ts)
 *   search/      a query → candidates → banded scoring → matches; concordance
 *   index-file/  the `.tmidx` file: format, save, load with every check
 *
 * Here: the memory itself, its options and results, the live segments that
 * let it grow and shrink (memory-segments.ts), and reading a TMX file.
 */
import { TmError, type Issue } from '../errors';
import type { TranslationUnit } from '../types';
import { VERSION } from '../version';
import { buildMemoryCore } from './core/build-memory-core';
import { deserializeMemory } from './index-file/deserialize-memory';
import type { MemoryCore } from './core/memory-core';
import { inFile, readBytesFile, writeChunksFile } from './index-file/memory-file';
import { MemorySegments } from './memory-segments';
import { readTmxUnits } from './read-tmx-units';
import { serializeMemory } from './index-file/serialize-memory';
import type { TermMatch } from '../terms/termbase/create-termbase';
import type { TranslationUnitReadOptions } from '../tmx/units/parse-translation-units';
import { toTermLookup, type TermSource } from './term-source';
import type { ConcordanceHit, TmMatch } from './tm-match';
import {
  checkLimit,
  checkMinScore,
  DEFAULT_CONCORDANCE_OPTIONS,
  DEFAULT_LOOKUP_OPTIONS,
  DEFAULT_TRANSLATION_MEMORY_OPTIONS,
  type ConcordanceOptions,
  type LookupOptions,
  type TranslationMemoryOptions,
} from './tm-options';

/**
 * A translation memory: English–Chinese units indexed for fuzzy lookup
 * (either language as the query), concordance and term lookup. Build it with
 * {@link TranslationMemory.fromUnits}, {@link TranslationMemory.fromTmx}, or
 * open a saved index with {@link TranslationMemory.load}. Units can be added
 * and removed later ({@link TranslationMemory.add}, {@link TranslationMemory.remove})
 * without rebuilding the whole index.
 *
 * @example
 * const tm = TranslationMemory.fromUnits([
 *   { id: 'fao-22-4', en: 'Zhou Yi, Deputy Director-General of Chongqing FAO, presided over the meeting.', zh: '重慶市政府外辦副主任周毅主持會議。' },
 * ]);
 * tm.lookup('Li Mingquan, Deputy Director-General of Chongqing FAO, presided over the meeting.').map((m) => [m.tuid, m.score, m.target])
 * //=> [['fao-22-4', 0.8333333333333334, '重慶市政府外辦副主任周毅主持會議。']]
 */
export class TranslationMemory {
  /**
   * What happened while reading the input: for {@link TranslationMemory.fromTmx},
   * the TMX reader's issues (units skipped because a language is missing,
   * unreadable props…); empty otherwise. Nothing is dropped without one.
   */
  readonly issues: readonly Issue[];
  private readonly segments: MemorySegments;
  private readonly maxQueryLength: number;
  private readonly termbase: { lookupTerm(query: string): readonly TermMatch[] } | undefined;

  /** @internal Use the static constructors. */
  constructor(core: MemoryCore | MemorySegments, options: TranslationMemoryOptions = {}, issues: readonly Issue[] = []) {
    this.segments = core instanceof MemorySegments ? core : new MemorySegments(core);
    this.issues = issues;
    this.maxQueryLength = options.maxQueryLength ?? DEFAULT_TRANSLATION_MEMORY_OPTIONS.maxQueryLength;
    checkLimit(this.maxQueryLength, 'maxQueryLength');
    this.termbase = options.termbase === undefined ? undefined : toTermLookup(options.termbase);
  }

  /** Number of units (those added included, those removed not). */
  get size(): number {
    return this.segments.size;
  }

  /**
   * Build a memory from translation units (kept in the given order; their
   * `id` is the match's `tuid`).
   * @throws TmError `TM_NO_UNITS` when there are none.
   * @example
   * TranslationMemory.fromUnits([{ id: '1', en: 'Consul-General', zh: '總領事' }]).size
   * //=> 1
   */
  static fromUnits(units: Iterable<TranslationUnit>, options: TranslationMemoryOptions = {}): TranslationMemory {
    return new TranslationMemory(buildMemoryCore(Array.isArray(units) ? (units as readonly TranslationUnit[]) : [...units]), options);
  }

  /**
   * Build a memory from a TMX file of any size (streamed; TMX 1.4b, and the
   * 1.1–1.4 files CAT tools write): its units with an English and a Chinese
   * variant, in file order, `tuid` as id (see `toTranslationUnit` for which
   * variants are picked). Units the reader skips are listed in `issues`.
   * @param options - Memory options, and `tmx`: options of the TMX reader.
   * @throws UsageError `FILE_NOT_FOUND`, `FILE_UNREADABLE`; TmxParseError for a malformed file;
   * TmError `TM_NO_UNITS` (with the reader's issues) when no unit has both languages.
   * @example
   * const tm = await TranslationMemory.fromTmx('memory.tmx'); // a TMX with one en/zh-TW unit and one en/fr unit
   * [tm.size, tm.issues.map((issue) => issue.code)]
   * //=> [1, ['TMX_MISSING_LANG']]
   */
  static async fromTmx(path: string, options: TranslationMemoryOptions & { readonly tmx?: TranslationUnitReadOptions } = {}): Promise<TranslationMemory> {
    const { units, issues } = await readTmxUnits(path, options.tmx);
    if (units.length === 0) {
      throw new TmError('TM_NO_UNITS', 'Expected at least one translation unit with English and Chinese text, found none.', { file: path, issues });
    }
    const { tmx: _tmx, ...memoryOptions } = options;
    return new TranslationMemory(buildMemoryCore(units), memoryOptions, issues);
  }

  /**
   * Open a memory saved with {@link TranslationMemory.toBytes}: the index is
   * used as stored, without rebuilding (views of `bytes`, which must not change).
   * @throws TmError `TM_INDEX_CORRUPT` (with `place.offset`) for a damaged or foreign file.
   * @example
   * TranslationMemory.fromBytes(tm.toBytes()).size
   * //=> 1
   */
  static fromBytes(bytes: Uint8Array, options: TranslationMemoryOptions = {}): TranslationMemory {
    return new TranslationMemory(deserializeMemory(bytes), options);
  }

  /**
   * Open an index file written by {@link TranslationMemory.save} (or `bitext-tm index`).
   * Opening skips the TMX parse and the build, but checks every array against
   * the units (about the CPU time of a tokenisation of the memory), so a damaged
   * or crafted file is refused instead of answering wrongly.
   * @throws UsageError `FILE_NOT_FOUND`, `FILE_UNREADABLE`; TmError `TM_INDEX_CORRUPT` with the file and byte offset.
   * @example
   * const tm = TranslationMemory.load('memory.tmidx');
   */
  static load(path: string, options: TranslationMemoryOptions = {}): TranslationMemory {
    const bytes = readBytesFile(path);
    try {
      return TranslationMemory.fromBytes(bytes, options);
    } catch (error) {
      throw inFile(path, error);
    }
  }

  /**
   * The memory as the bytes of an index file (units, vocabulary and index;
   * not the termbase). Format: see `src/tm/index-file/index-file-format.ts`. After
   * {@link TranslationMemory.add} or {@link TranslationMemory.remove}, the
   * file holds the units present, numbered from 0 in the same order.
   */
  toBytes(): Uint8Array {
    const chunks = serializeMemory(this.segments.compacted(), VERSION);
    const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    return bytes;
  }

  /**
   * Write the memory to an index file (atomically: a temporary file renamed into place).
   * @throws UsageError `FILE_UNREADABLE` when it cannot be written.
   * @example
   * tm.save('memory.tmidx');
   */
  save(path: string): void {
    writeChunksFile(path, serializeMemory(this.segments.compacted(), VERSION));
  }

  /**
   * The unit at `index`, as a match's `unitIndex` names it: the built units
   * are 0 … n − 1 in input order, added units follow in order of arrival.
   * @throws RangeError for an index that names no unit (or a removed one).
   * @example
   * tm.unitAt(0).id
   * //=> 'fao-22-4'
   */
  unitAt(index: number): TranslationUnit {
    return this.segments.unit(index);
  }

  /**
   * Add units to the memory without rebuilding it: they are indexed as a
   * small segment of their own, merged with earlier segments as they grow
   * (each unit is re-indexed O(log n) times over any sequence of adds; a
   * lookup searches at most log2(n) + 1 segments). Lookups see them at once,
   * with the same exact results as a memory built with them.
   * @returns The new units' indexes (their `unitIndex` in matches), in order.
   * @example
   * const [index] = tm.add([{ id: 'fao-23-1', en: 'The Consul-General of Belarus visited Chongqing.', zh: '白俄羅斯總領事訪問重慶。' }]);
   * tm.lookup('The Consul-General of Belarus visited Chengdu.').map((m) => [m.tuid, m.unitIndex])
   * //=> [['fao-23-1', 1]]
   */
  add(units: Iterable<TranslationUnit>): number[] {
    return this.segments.add(Array.isArray(units) ? (units as readonly TranslationUnit[]) : [...units]);
  }

  /**
   * Remove the unit at `index` (a match's `unitIndex`): lookups and
   * concordance stop returning it at once; other units keep their indexes.
   * @returns False when no unit has that index (or it was removed already).
   * @example
   * tm.remove(index)
   * //=> true
   */
  remove(index: number): boolean {
    return this.segments.remove(index);
  }

  /**
   * The stored units most similar to `text`, best first: every unit whose
   * source in the query's language scores ≥ `minScore` (see {@link fuzzyScore}),
   * at most `limit`, ties in unit order. An English query matches English
   * sources and returns their Chinese translations, and the reverse; Chinese
   * is compared on Simplified script whatever script either side uses.
   * @throws TmError `TM_EMPTY_QUERY`, `TM_QUERY_TOO_LONG`, `TM_UNKNOWN_LANG`, `TM_INVALID_OPTION`.
   * @example
   * tm.lookup('重庆市政府外办副主任周毅主持会议。').map((m) => [m.score, m.target])
   * //=> [[1, 'Zhou Yi, Deputy Director-General of Chongqing FAO, presided over the meeting.']]
   */
  lookup(text: string, options: LookupOptions = {}): TmMatch[] {
    const minScore = checkMinScore(options.minScore ?? DEFAULT_LOOKUP_OPTIONS.minScore);
    const limit = checkLimit(options.limit ?? DEFAULT_LOOKUP_OPTIONS.limit);
    return this.segments.lookup(text, options.lang, this.maxQueryLength, minScore, limit);
  }

  /**
   * Units containing `phrase` (whole words in English, characters in
   * Chinese, after normalisation; either Chinese script), in unit order, each
   * with the spans of the phrase in the stored text.
   * @throws TmError `TM_EMPTY_QUERY`, `TM_QUERY_TOO_LONG`, `TM_UNKNOWN_LANG`, `TM_INVALID_OPTION`.
   * @example
   * tm.concordance('deputy director general').map((hit) => [hit.tuid, hit.spans])
   * //=> [['fao-22-4', [{ start: 9, end: 32 }]]]
   */
  concordance(phrase: string, options: ConcordanceOptions = {}): ConcordanceHit[] {
    const limit = checkLimit(options.limit ?? DEFAULT_CONCORDANCE_OPTIONS.limit);
    return this.segments.concordance(phrase, options.lang, this.maxQueryLength, limit);
  }

  /**
   * Terms for `query` from the termbase given in the options (or by
   * {@link TranslationMemory.withTermbase}).
   * @throws TmError `TM_NO_TERMBASE` when the memory has none; `TM_EMPTY_QUERY`.
   */
  lookupTerm(query: string): readonly TermMatch[] {
    if (!this.termbase) {
      throw new TmError('TM_NO_TERMBASE', 'Expected a termbase for term lookup, found none; pass one with withTermbase() or the termbase option.');
    }
    if (typeof query !== 'string' || query.trim().length === 0) {
      throw new TmError('TM_EMPTY_QUERY', 'Expected a term to look up, found an empty text.');
    }
    return this.termbase.lookupTerm(query);
  }

  /**
   * The same memory with `termbase` for {@link TranslationMemory.lookupTerm}:
   * it shares this memory's index, so units added to or removed from either are seen by both.
   */
  withTermbase(termbase: TermSource): TranslationMemory {
    return new TranslationMemory(this.segments, { maxQueryLength: this.maxQueryLength, termbase }, this.issues);
  }
}
