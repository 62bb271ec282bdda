/**
 * The memory interface a server (or an application) uses, the same over the
 * embedded index ({@link openEmbeddedMemory}) and over PostgreSQL
 * ({@link openPostgresMemory}): lookups answered from an in-memory index
 * exactly as the library answers them, and writes that are durable before
 * they are acknowledged.
 */
import type { Issue } from '../errors';
import type { TermMatch } from '../terms/termbase/create-termbase';
import type { ConcordanceOptions, LookupOptions } from '../tm/tm-options';
import type { TmxSource } from '../tmx/read/read-tmx';
import type { TranslationUnit } from '../types';
import type { LiveConcordanceHit, LiveMatch } from './segmented-memory';

/** A unit to add. `tuid` defaults to the key the memory gives the unit. */
export interface NewUnit {
  readonly en: string;
  readonly zh: string;
  readonly tuid?: string;
  /** In [0, 1], as TranslationUnit.confidence. */
  readonly confidence?: number;
  /** TMX `<prop type>` → value. */
  readonly props?: Readonly<Record<string, string>>;
}

/** What an import did: every unit is in, or none (the import throws). */
export interface ImportResult {
  /** Units added. */
  readonly imported: number;
  /** Keys of the first and last unit added (keys of one import are not always consecutive in PostgreSQL). */
  readonly firstKey: number | undefined;
  readonly lastKey: number | undefined;
  /** The TMX reader's issues: units skipped for a missing language, props it could not read… */
  readonly issues: readonly Issue[];
}

/** The state of a live memory, for `GET /health`. */
export interface LiveMemoryStatus {
  readonly kind: 'embedded' | 'postgres';
  /** The memory's name (the TMX file for an embedded memory, `--memory` for PostgreSQL). */
  readonly name: string;
  readonly units: number;
  readonly segments: number;
  readonly writable: boolean;
  /** PostgreSQL only: `up`, or `unavailable` while the server answers reads from what it has. */
  readonly database?: 'up' | 'unavailable';
  /** PostgreSQL only: the last change of the database's log this process has applied. */
  readonly appliedChange?: number;
}

/**
 * A translation memory that changes while it serves. Reads are synchronous
 * (the index is in memory); writes resolve once they are durable (journal
 * fsynced, or PostgreSQL committed) and visible to this process's reads.
 */
export interface LiveMemory {
  readonly kind: 'embedded' | 'postgres';
  /** Live units. */
  readonly size: number;
  /** Fuzzy lookup: `TranslationMemory.lookup`'s answer on the live units in their order, each match with its `key`. */
  lookup(text: string, options?: LookupOptions): LiveMatch[];
  /** Concordance, as `TranslationMemory.concordance`. */
  concordance(phrase: string, options?: ConcordanceOptions): LiveConcordanceHit[];
  /**
   * Terms from the termbase given when the memory was opened.
   * @throws TmError `TM_NO_TERMBASE` when it has none.
   */
  lookupTerm(query: string): readonly TermMatch[];
  /**
   * Add units after every unit held; resolves to their keys once durable.
   * @throws ServeError `SERVE_BAD_REQUEST` (bad unit), `SERVE_READ_ONLY`, `SERVE_DATABASE_UNAVAILABLE`.
   */
  addUnits(units: readonly NewUnit[]): Promise<number[]>;
  /** Delete units by key; resolves to the keys that were live (and are now deleted). */
  deleteUnits(keys: readonly number[]): Promise<number[]>;
  /**
   * Import the English–Chinese units of a TMX stream, all or nothing: a
   * malformed file (TmxParseError) or a failure adds no unit.
   */
  importTmx(source: TmxSource, options?: { readonly file?: string }): Promise<ImportResult>;
  /** The live units in order, as of this call (for export). */
  exportUnits(): Iterable<TranslationUnit>;
  status(): LiveMemoryStatus;
  /** Finish pending writes and release files and connections. */
  close(): Promise<void>;
}
