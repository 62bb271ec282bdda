/**
 * A live memory kept in PostgreSQL, the system of record; any number of
 * stateless server processes open the same memory. Each process loads the
 * units once, indexes them in memory with the library's index (so lookups
 * are the library's, to the last digit), and then follows the database's
 * change log (change-follower.ts). A write commits in PostgreSQL first and is
 * acknowledged only once this process has applied it, so a client reads its
 * own writes; other processes apply it within a second (a notification, or
 * the poll).
 */
import type { Client, Pool, PoolClient } from 'pg';
import { ServeError, TmError } from '../../errors';
import type { TermMatch } from '../../terms/termbase/create-termbase';
import { toTermLookup, type TermSource } from '../../tm/term-source';
import type { ConcordanceOptions, LookupOptions, TranslationMemoryOptions } from '../../tm/tm-options';
import { readTranslationUnits } from '../../tmx/units/read-translation-units';
import type { TmxSource } from '../../tmx/read/read-tmx';
import type { TranslationUnit } from '../../types';
import { checkNewUnits } from '../check-new-units';
import type { ImportResult, LiveMemory, LiveMemoryStatus, NewUnit } from '../live-memory';
import type { KeyedUnit } from '../memory-segment';
import { SegmentedMemory, type LiveConcordanceHit, type LiveMatch } from '../segmented-memory';
import { newTranslationUnit } from '../stored-unit';
import { CHANGE_CHANNEL, ChangeFollower } from './change-follower';
import { databaseError } from './database-error';
import { loadUnits } from './load-units';
import { ensureSchema } from './schema';
import { ADD_UNITS_SQL, extraJson, insertUnits, nextChange, reserveKeys } from './unit-statements';

/** Options of {@link openPostgresMemory}. */
export interface PostgresMemoryOptions extends TranslationMemoryOptions {
  /** `postgres://USER:PASSWORD@HOST:PORT/DB` (node-postgres connection string; PG* variables fill the gaps). */
  readonly connectionString: string;
  /** Name of the memory in the database (created when missing). Default `default`. */
  readonly memory?: string;
  /** Most connections this process opens for queries (plus one for LISTEN). Default 8. */
  readonly poolSize?: number;
  /** How often to poll the change log besides notifications, ms. Default 500. */
  readonly pollMs?: number;
}

/** Units per INSERT of an import (one statement of five arrays). */
const IMPORT_ROWS = 5_000;

/**
 * Open (and create when missing) the memory `options.memory` in PostgreSQL:
 * its units are loaded and indexed before this resolves.
 * @throws ServeError `SERVE_DATABASE_UNAVAILABLE` when the database cannot be reached.
 * @example
 * const memory = await openPostgresMemory({ connectionString: 'postgres://bitext@127.0.0.1:5432/bitext', memory: 'fao' });
 * await memory.addUnits([{ en: 'Consul-General', zh: '总领事' }]);
 * memory.lookup('consul general').map((m) => m.target) //=> ['总领事']
 */
export async function openPostgresMemory(options: PostgresMemoryOptions): Promise<LiveMemory> {
  const { connectionString, memory: name = 'default', poolSize = 8, pollMs = 500, termbase, ...memoryOptions } = options;
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString, max: poolSize, connectionTimeoutMillis: 3000, idleTimeoutMillis: 30_000 });
  let database: 'up' | 'unavailable' = 'up';
  // A client losing its connection (the server stopped) must not crash the
  // process: idle ones report to the pool, busy ones to their own listener.
  const markDown = (): void => {
    database = 'unavailable';
  };
  pool.on('error', markDown);
  pool.on('connect', (client) => client.on('error', markDown));
  const index = new SegmentedMemory(memoryOptions);
  let memoryId: number;
  let applied: number;
  try {
    const client = await pool.connect();
    try {
      memoryId = await ensureSchema(client, name);
      applied = await loadUnits(client, memoryId, index, memoryOptions);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw databaseError(error, `opening memory "${name}"`);
  }
  const follower = new ChangeFollower({
    pool,
    connect: (): Client => {
      const client = new pg.Client({ connectionString, connectionTimeoutMillis: 3000 });
      return client;
    },
    memoryId,
    index,
    applied,
    pollMs,
    onDatabase: (up) => {
      database = up ? 'up' : 'unavailable';
    },
  });
  follower.start();
  return new PostgresMemory({ pool, follower, index, memoryId, name, termbase, databaseState: () => database });
}

interface PostgresMemoryParts {
  readonly pool: Pool;
  readonly follower: ChangeFollower;
  readonly index: SegmentedMemory;
  readonly memoryId: number;
  readonly name: string;
  readonly termbase: TermSource | undefined;
  readonly databaseState: () => 'up' | 'unavailable';
}

class PostgresMemory implements LiveMemory {
  readonly kind = 'postgres' as const;
  private readonly parts: PostgresMemoryParts;
  private readonly termbase: { lookupTerm(query: string): readonly TermMatch[] } | undefined;
  private closing = false;

  constructor(parts: PostgresMemoryParts) {
    this.parts = parts;
    this.termbase = parts.termbase === undefined ? undefined : toTermLookup(parts.termbase);
  }

  get size(): number {
    return this.parts.index.size;
  }

  lookup(text: string, options?: LookupOptions): LiveMatch[] {
    return this.parts.index.lookup(text, options);
  }

  concordance(phrase: string, options?: ConcordanceOptions): LiveConcordanceHit[] {
    return this.parts.index.concordance(phrase, options);
  }

  lookupTerm(query: string): readonly TermMatch[] {
    if (!this.termbase) throw new TmError('TM_NO_TERMBASE', 'Expected a termbase for term lookup, found none; start the server with --termbase FILE.terms.tsv.');
    if (query.trim() === '') throw new TmError('TM_EMPTY_QUERY', 'Expected a term to look up, found an empty text.');
    return this.termbase.lookupTerm(query);
  }

  async addUnits(units: readonly NewUnit[]): Promise<number[]> {
    const checked = checkNewUnits(units);
    return this.write('adding units', async (client) => {
      // One statement, one round trip, committed on its own: keys, units, the
      // numbered change (the memory row's lock is held only until this commit) and the notification.
      const { rows } = await client.query<{ change: string; batch: string; keys: string[] }>(ADD_UNITS_SQL, [
        this.parts.memoryId,
        checked.length,
        checked.map((u) => u.tuid ?? null),
        checked.map((u) => u.en),
        checked.map((u) => u.zh),
        checked.map((u) => extraJson(u)),
        CHANGE_CHANNEL,
      ]);
      const row = rows[0];
      if (!row) throw new Error('the add statement returned no row');
      const keys = row.keys.map(Number);
      const keyed = checked.map((unit, i) => {
        const key = keys[i] ?? 0;
        return { key, unit: newTranslationUnit(unit, key) };
      });
      const change = Number(row.change);
      if (this.parts.follower.applied < change) this.parts.follower.rememberBatch(row.batch, keyed);
      return { change, value: keys, batch: row.batch };
    });
  }

  async deleteUnits(keys: readonly number[]): Promise<number[]> {
    const wanted = [...new Set(keys)].filter((key) => Number.isSafeInteger(key) && key > 0);
    if (wanted.length === 0) return [];
    return this.write('deleting units', async (client) => {
      await client.query('BEGIN');
      const change = await nextChange(client, this.parts.memoryId);
      const { rows } = await client.query<{ key: string }>(
        'UPDATE bitext_tm_units SET deleted_change = $3 WHERE memory_id = $1 AND key = ANY ($2::bigint[]) AND deleted_change IS NULL RETURNING key',
        [this.parts.memoryId, wanted, change],
      );
      if (rows.length === 0) {
        await client.query('ROLLBACK');
        return { change: 0, value: [] };
      }
      const deleted = rows.map((row) => Number(row.key)).sort((a, b) => a - b);
      await client.query('INSERT INTO bitext_tm_changes (memory_id, change, kind, keys, unit_count) VALUES ($1, $2, $3, $4::bigint[], $5)', [
        this.parts.memoryId,
        change,
        'delete',
        deleted,
        deleted.length,
      ]);
      await client.query('SELECT pg_notify($1, $2)', [CHANGE_CHANNEL, `${this.parts.memoryId}:${change}`]);
      await client.query('COMMIT');
      return { change, value: deleted };
    });
  }

  async importTmx(source: TmxSource, options: { readonly file?: string } = {}): Promise<ImportResult> {
    const reader = readTranslationUnits(source, options.file === undefined ? {} : { file: options.file });
    let imported: KeyedUnit[] = [];
    const result = await this.write('importing a TMX file', async (client) => {
      const { batch } = await reserveKeys(client, 0);
      await client.query('BEGIN');
      let slice: TranslationUnit[] = [];
      const flush = async (): Promise<void> => {
        const { keys } = await reserveKeys(client, slice.length);
        const keyed = slice.map((unit, i) => ({ key: keys[i] ?? 0, unit }));
        await insertUnits(client, this.parts.memoryId, batch, keyed);
        for (const unit of keyed) imported.push(unit);
        slice = [];
      };
      for await (const unit of reader) {
        slice.push(unit);
        if (slice.length >= IMPORT_ROWS) await flush();
      }
      if (slice.length > 0) await flush();
      if (imported.length === 0) {
        await client.query('ROLLBACK');
        return { change: 0, value: 0 };
      }
      const change = await this.commitAdd(client, batch, imported);
      return { change, value: imported.length };
    });
    const first = imported[0]?.key;
    const last = imported[imported.length - 1]?.key;
    imported = [];
    return { imported: result, firstKey: first, lastKey: last, issues: reader.issues };
  }

  exportUnits(): Iterable<TranslationUnit> {
    const snapshot = this.parts.index.snapshot();
    return {
      [Symbol.iterator]: function* units(): Generator<TranslationUnit> {
        for (let next = snapshot.next(); next.done !== true; next = snapshot.next()) yield next.value.unit;
      },
    };
  }

  status(): LiveMemoryStatus {
    return {
      kind: 'postgres',
      name: this.parts.name,
      units: this.parts.index.size,
      segments: this.parts.index.segmentCount,
      writable: true,
      database: this.parts.databaseState(),
      appliedChange: this.parts.follower.applied,
    };
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.parts.follower.close();
    await this.parts.pool.end();
  }

  /**
   * Run a write transaction on a client of its own, then wait until this
   * process has applied its change (read-your-writes). A failure rolls back.
   */
  private async write<T>(doing: string, body: (client: PoolClient) => Promise<{ change: number; value: T; batch?: string }>): Promise<T> {
    if (this.closing) throw new ServeError('SERVE_SHUTTING_DOWN', 'Expected a running server, found it shutting down; retry on another server.', { status: 503 });
    let client: PoolClient;
    try {
      client = await this.parts.pool.connect();
    } catch (error) {
      throw databaseError(error, doing);
    }
    let result: { change: number; value: T; batch?: string };
    let broken = false;
    try {
      result = await body(client);
    } catch (error) {
      broken = true;
      await client.query('ROLLBACK').catch(() => undefined);
      throw databaseError(error, doing);
    } finally {
      client.release(broken);
    }
    // Committed: the write is durable and acknowledged even if the database
    // goes away before this process has read the change back (then this
    // process shows it once the database is back).
    if (result.change > 0) await this.parts.follower.waitFor(result.change).catch(() => undefined);
    if (result.batch !== undefined) this.parts.follower.forgetBatch(result.batch); // read from the database instead, in a race
    return result.value;
  }

  /** Number the change (taking the memory's row lock), log the batch, notify, commit. */
  private async commitAdd(client: PoolClient, batch: string, units: KeyedUnit[]): Promise<number> {
    const change = await nextChange(client, this.parts.memoryId);
    await client.query('INSERT INTO bitext_tm_changes (memory_id, change, kind, batch, unit_count) VALUES ($1, $2, $3, $4, $5)', [
      this.parts.memoryId,
      change,
      'add',
      batch,
      units.length,
    ]);
    await client.query('SELECT pg_notify($1, $2)', [CHANGE_CHANNEL, `${this.parts.memoryId}:${change}`]);
    this.parts.follower.rememberBatch(batch, units);
    try {
      await client.query('COMMIT');
    } catch (error) {
      this.parts.follower.forgetBatch(batch);
      throw error;
    }
    return change;
  }
}
