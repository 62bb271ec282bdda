/**
 * A live memory over the embedded index: a {@link TranslationMemory} (a TMX
 * file or a saved index, never modified) plus a journal of the writes made
 * since, replayed on open. Keys: the base units are 1…N in file order; new
 * units continue from there, so unit order is key order.
 *
 * Journal records (one JSON object a line, see journal-file.ts):
 * - `{"journal": "bitext-tm", "version": 1, "base": {"units", "fingerprint"}}` first;
 * - `{"add": [[key, tuid, en, zh, extra], …]}` — units added by one call;
 * - `{"del": [key, …]}` — units deleted by one call;
 * - `{"import": txn, "units": [[tuid, en, zh, extra], …]}` — a slice of an import, not yet in;
 * - `{"commit": txn, "key": first, "count": n}` — the import is in, keys first…first+n−1;
 * - `{"abort": txn}` — the import failed; its slices are ignored.
 * An import without its commit (the process was killed) adds nothing.
 */
import { createHash } from 'node:crypto';
import { ServeError, TmError } from '../errors';
import type { TermMatch } from '../terms/termbase/create-termbase';
import { toTermLookup, type TermSource } from '../tm/term-source';
import type { TranslationMemory } from '../tm/translation-memory';
import type { ConcordanceOptions, LookupOptions, TranslationMemoryOptions } from '../tm/tm-options';
import { readTranslationUnits } from '../tmx/units/read-translation-units';
import type { TmxSource } from '../tmx/read/read-tmx';
import type { TranslationUnit } from '../types';
import { checkNewUnits } from './check-new-units';
import { JournalWriter, readJournal, type JournalRecord } from './journal-file';
import type { ImportResult, LiveMemory, LiveMemoryStatus, NewUnit } from './live-memory';
import type { KeyedUnit } from './memory-segment';
import { SegmentedMemory, type LiveConcordanceHit, type LiveMatch } from './segmented-memory';
import { loadUnit, newTranslationUnit, storeUnit, type StoredUnit } from './stored-unit';
import { WriteQueue } from './write-queue';

/** Options of {@link openEmbeddedMemory}. */
export interface EmbeddedMemoryOptions extends TranslationMemoryOptions {
  /** The journal file; without it the memory is read-only. */
  readonly journal?: string;
  /** Name shown by `status()` (the TMX file, say). Default `memory`. */
  readonly name?: string;
  /** fdatasync each acknowledged write. Default true; false only for throwaway tests. */
  readonly syncWrites?: boolean;
}

/** Units per journal line of an import. */
const IMPORT_LINE_UNITS = 1000;

type StoredRow = [tuid: string, en: string, zh: string, extra: string | null];

/**
 * Open a live memory over `base` and the journal of its writes.
 * @throws ServeError `SERVE_JOURNAL_MISMATCH` when the journal was written over other units;
 * `SERVE_JOURNAL_CORRUPT`; `SERVE_JOURNAL_WRITE_FAILED` (locked by another server, unwritable).
 * @example
 * const memory = await openEmbeddedMemory(TranslationMemory.fromUnits(units), { journal: 'memory.journal' });
 * const [key] = await memory.addUnits([{ en: 'Consul-General', zh: '总领事' }]);
 * memory.lookup('consul general')[0]?.key === key //=> true
 */
export async function openEmbeddedMemory(base: TranslationMemory, options: EmbeddedMemoryOptions = {}): Promise<LiveMemory> {
  const { journal: journalPath, name = 'memory', syncWrites, termbase, ...memoryOptions } = options;
  const index = new SegmentedMemory(memoryOptions);
  index.appendMemory(base, Float64Array.from({ length: base.size }, (_, i) => i + 1));
  const fingerprint = fingerprintOf(base);
  let nextKey = base.size + 1;
  let writer: JournalWriter | undefined;
  if (journalPath !== undefined) {
    const replay = replayJournal(journalPath, fingerprint);
    for (const op of replay.ops) {
      if (op.kind === 'add') index.append(op.units);
      else index.remove(op.keys);
    }
    nextKey = Math.max(nextKey, replay.nextKey);
    writer = await JournalWriter.open(journalPath, syncWrites === undefined ? {} : { syncWrites });
    if (!replay.exists) await writer.append([{ journal: 'bitext-tm', version: 1, base: fingerprint }]);
  }
  return new EmbeddedMemory(index, writer, nextKey, name, termbase);
}

/** What identifies the base units, so a journal is never replayed over other units. */
function fingerprintOf(base: TranslationMemory): { units: number; fingerprint: string } {
  const hash = createHash('sha256');
  const step = Math.max(1, Math.floor(base.size / 256));
  for (let i = 0; i < base.size; i += step) {
    const unit = base.unitAt(i);
    hash.update(`${i}\u0000${unit.id}\u0000${unit.en}\u0000${unit.zh}\u0000`);
  }
  return { units: base.size, fingerprint: hash.digest('hex').slice(0, 32) };
}

type ReplayOp = { readonly kind: 'add'; readonly units: KeyedUnit[] } | { readonly kind: 'del'; readonly keys: number[] };

/** The committed writes of a journal, in order. */
function replayJournal(path: string, expected: { units: number; fingerprint: string }): { exists: boolean; ops: ReplayOp[]; nextKey: number } {
  const ops: ReplayOp[] = [];
  const imports = new Map<number, StoredRow[]>();
  let nextKey = 0;
  let first = true;
  const bad = (line: number, what: string): ServeError =>
    new ServeError('SERVE_JOURNAL_CORRUPT', `Expected a journal record, found ${what}.`, { file: path, place: { line, column: 1, offset: 0 }, status: 503 });
  const { exists } = readJournal(path, (record: JournalRecord, line) => {
    if (first) {
      first = false;
      const base = record['base'] as { units?: unknown; fingerprint?: unknown } | undefined;
      if (record['journal'] !== 'bitext-tm' || base === undefined) throw bad(line, 'no journal header on the first line');
      if (base.units !== expected.units || base.fingerprint !== expected.fingerprint) {
        throw new ServeError('SERVE_JOURNAL_MISMATCH', `Expected the journal to continue this memory (${expected.units} units), found it written over other units (${String(base.units)}); give the memory it was written for, or another --journal.`, { file: path, status: 503 });
      }
      return;
    }
    if (Array.isArray(record['add'])) {
      const units = (record['add'] as [number, ...StoredRow][]).map(([key, tuid, en, zh, extra]) => ({ key, unit: loadUnit({ key, tuid, en, zh, extra }) }));
      for (const unit of units) nextKey = Math.max(nextKey, unit.key + 1);
      pushAdd(ops, units);
    } else if (Array.isArray(record['del'])) {
      ops.push({ kind: 'del', keys: record['del'] as number[] });
    } else if (typeof record['import'] === 'number' && Array.isArray(record['units'])) {
      const rows = imports.get(record['import']) ?? [];
      for (const row of record['units'] as StoredRow[]) rows.push(row);
      imports.set(record['import'], rows);
    } else if (typeof record['commit'] === 'number' && typeof record['key'] === 'number') {
      const rows = imports.get(record['commit']) ?? [];
      imports.delete(record['commit']);
      const firstKey = record['key'];
      if (rows.length !== record['count']) throw bad(line, `an import commit for ${String(record['count'])} units after ${rows.length}`);
      pushAdd(
        ops,
        rows.map(([tuid, en, zh, extra], i) => ({ key: firstKey + i, unit: loadUnit({ key: firstKey + i, tuid, en, zh, extra }) })),
      );
      nextKey = Math.max(nextKey, firstKey + rows.length);
    } else if (typeof record['abort'] === 'number') {
      imports.delete(record['abort']);
    } else {
      throw bad(line, 'an unknown record');
    }
  });
  return { exists, ops, nextKey };
}

/** Consecutive adds are indexed together. */
function pushAdd(ops: ReplayOp[], units: KeyedUnit[]): void {
  const last = ops[ops.length - 1];
  if (last?.kind === 'add') {
    for (const unit of units) last.units.push(unit);
  } else ops.push({ kind: 'add', units });
}

const rowOf = (stored: StoredUnit): StoredRow => [stored.tuid, stored.en, stored.zh, stored.extra];

class EmbeddedMemory implements LiveMemory {
  readonly kind = 'embedded' as const;
  private readonly index: SegmentedMemory;
  private readonly writer: JournalWriter | undefined;
  private readonly name: string;
  private readonly termbase: { lookupTerm(query: string): readonly TermMatch[] } | undefined;
  /** Applies durable writes to the index in journal order. */
  private readonly queue = new WriteQueue();
  private nextKey: number;
  private nextImport = Date.now();

  constructor(index: SegmentedMemory, writer: JournalWriter | undefined, nextKey: number, name: string, termbase: TermSource | undefined) {
    this.index = index;
    this.writer = writer;
    this.nextKey = nextKey;
    this.name = name;
    this.termbase = termbase === undefined ? undefined : toTermLookup(termbase);
  }

  get size(): number {
    return this.index.size;
  }

  lookup(text: string, options?: LookupOptions): LiveMatch[] {
    return this.index.lookup(text, options);
  }

  concordance(phrase: string, options?: ConcordanceOptions): LiveConcordanceHit[] {
    return this.index.concordance(phrase, options);
  }

  lookupTerm(query: string): readonly TermMatch[] {
    if (!this.termbase) throw new TmError('TM_NO_TERMBASE', 'Expected a termbase for term lookup, found none; start the server with --termbase FILE.terms.tsv.');
    if (query.trim() === '') throw new TmError('TM_EMPTY_QUERY', 'Expected a term to look up, found an empty text.');
    return this.termbase.lookupTerm(query);
  }

  async addUnits(units: readonly NewUnit[]): Promise<number[]> {
    const writer = this.writable();
    const checked = checkNewUnits(units);
    // Keys are taken now, in call order; the journal keeps that order.
    const keyed = checked.map((unit) => {
      const key = this.nextKey++;
      return { key, unit: newTranslationUnit(unit, key) };
    });
    const durable = writer.append([{ add: keyed.map(({ key, unit }) => [key, ...rowOf(storeUnit(key, unit))]) }]);
    await this.queue.after(durable, () => {
      this.index.append(keyed);
    });
    return keyed.map((u) => u.key);
  }

  async deleteUnits(keys: readonly number[]): Promise<number[]> {
    const writer = this.writable();
    // The check and the journal line are taken together, in order with other writes.
    const live = [...new Set(keys)].filter((key) => this.index.has(key));
    if (live.length === 0) return [];
    const durable = writer.append([{ del: live }]);
    let removed: number[] = [];
    await this.queue.after(durable, () => {
      removed = this.index.remove(live);
    });
    return removed;
  }

  async importTmx(source: TmxSource, options: { readonly file?: string } = {}): Promise<ImportResult> {
    const writer = this.writable();
    const txn = this.nextImport++;
    const reader = readTranslationUnits(source, options.file === undefined ? {} : { file: options.file });
    const units: TranslationUnit[] = [];
    let line: StoredRow[] = [];
    const lines: Promise<void>[] = [];
    try {
      for await (const unit of reader) {
        units.push(unit);
        line.push(rowOf(storeUnit(0, unit)));
        if (line.length >= IMPORT_LINE_UNITS) {
          lines.push(writer.append([{ import: txn, units: line }], false));
          line = [];
        }
      }
      if (line.length > 0) lines.push(writer.append([{ import: txn, units: line }], false));
      await Promise.all(lines);
    } catch (error) {
      await Promise.allSettled(lines);
      await writer.append([{ abort: txn }], false).catch(() => undefined);
      throw error;
    }
    if (units.length === 0) return { imported: 0, firstKey: undefined, lastKey: undefined, issues: reader.issues };
    const firstKey = this.nextKey;
    this.nextKey += units.length;
    const durable = writer.append([{ commit: txn, key: firstKey, count: units.length }]);
    const keyed = units.map((unit, i) => ({ key: firstKey + i, unit }));
    await this.queue.after(durable, () => this.index.appendInSlices(keyed));
    return { imported: units.length, firstKey, lastKey: firstKey + units.length - 1, issues: reader.issues };
  }

  exportUnits(): Iterable<TranslationUnit> {
    const snapshot = this.index.snapshot();
    return { [Symbol.iterator]: () => mapIterator(snapshot, (keyed) => keyed.unit) };
  }

  status(): LiveMemoryStatus {
    return { kind: 'embedded', name: this.name, units: this.index.size, segments: this.index.segmentCount, writable: this.writer !== undefined };
  }

  async close(): Promise<void> {
    await this.queue.idle();
    await this.writer?.close();
  }

  private writable(): JournalWriter {
    if (!this.writer) throw new ServeError('SERVE_READ_ONLY', 'Expected a writable memory, found a read-only one (no journal).', { status: 403 });
    return this.writer;
  }
}

function* mapIterator<T, U>(items: Iterator<T>, map: (item: T) => U): Generator<U> {
  for (let next = items.next(); next.done !== true; next = items.next()) yield map(next.value);
}
