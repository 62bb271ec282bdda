/**
 * Keeps a process's in-memory index in step with the change log in
 * PostgreSQL: changes are applied strictly in order (1, 2, 3 …), so every
 * process that has applied change n holds exactly the same units in the same
 * order, and answers lookups identically.
 *
 * It learns of new changes two ways: a LISTEN connection that PostgreSQL
 * notifies on every commit (a few milliseconds), and a poll every
 * `pollMs` that catches what a dropped LISTEN connection missed. Both only
 * trigger a catch-up, which reads the log from the last applied change.
 */
import type { Client, Pool } from 'pg';
import type { KeyedUnit } from '../memory-segment';
import type { SegmentedMemory } from '../segmented-memory';
import { loadUnit } from '../stored-unit';
import { isUnavailable } from './database-error';

/** The notification channel; the payload is `memoryId:change`. */
export const CHANGE_CHANNEL = 'bitext_tm_changes';

/** Rows read per query when loading a batch of units. */
const UNIT_PAGE = 20_000;
/** Changes read per query. */
const CHANGE_PAGE = 1_000;

/** A unit row as selected. */
export interface UnitRow {
  readonly key: string;
  readonly tuid: string;
  readonly en: string;
  readonly zh: string;
  readonly extra: string | null;
}

/** A unit row as a keyed unit. */
export function keyedUnitOf(row: UnitRow): KeyedUnit {
  const key = Number(row.key);
  return { key, unit: loadUnit({ key, tuid: row.tuid, en: row.en, zh: row.zh, extra: row.extra }) };
}

interface ChangeRow {
  readonly change: string;
  readonly kind: 'add' | 'delete';
  readonly batch: string | null;
  readonly keys: string[] | null;
}

export interface FollowerOptions {
  readonly pool: Pool;
  /** Makes a new client for LISTEN (not from the pool: it stays connected). */
  readonly connect: () => Client;
  readonly memoryId: number;
  readonly index: SegmentedMemory;
  /** Change the index holds at start. */
  readonly applied: number;
  /** Poll period, ms. */
  readonly pollMs: number;
  /** Told whether the database answered the last call. */
  readonly onDatabase: (up: boolean) => void;
}

export class ChangeFollower {
  /** The last change applied to the index. */
  applied: number;
  private readonly options: FollowerOptions;
  /** Units this process wrote, by batch, so it does not read them back. */
  private readonly ownBatches = new Map<string, KeyedUnit[]>();
  private running: Promise<void> | undefined;
  private again = false;
  private listener: Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  private reconnect: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly waiters: { change: number; resolve: () => void }[] = [];

  constructor(options: FollowerOptions) {
    this.options = options;
    this.applied = options.applied;
  }

  /** Start listening and polling. */
  start(): void {
    this.listen();
    this.timer = setInterval(() => {
      void this.catchUp().catch(() => undefined);
    }, this.options.pollMs);
    this.timer.unref();
  }

  /** Remember the units of a batch this process is committing. */
  rememberBatch(batch: string, units: KeyedUnit[]): void {
    this.ownBatches.set(batch, units);
  }

  forgetBatch(batch: string): void {
    this.ownBatches.delete(batch);
  }

  /** Resolves once change `change` (and every one before) is applied. */
  async waitFor(change: number): Promise<void> {
    if (this.applied >= change) return;
    const reached = new Promise<void>((resolve) => this.waiters.push({ change, resolve }));
    await this.catchUp();
    await reached;
  }

  /**
   * Apply every change after the last applied one. Calls made while one runs
   * are folded into one more run after it.
   */
  catchUp(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          while (await this.applyPage());
        } while (this.askedAgain());
        this.options.onDatabase(true);
      } catch (error) {
        if (isUnavailable(error)) this.options.onDatabase(false);
        throw error;
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  /** True when a catch-up was asked for while one ran (set from other tasks, hence a method). */
  private askedAgain(): boolean {
    return this.again;
  }

  /** Apply up to one page of changes; true when there may be more. */
  private async applyPage(): Promise<boolean> {
    const { pool, memoryId, index } = this.options;
    const { rows } = await pool.query<ChangeRow>(
      'SELECT change, kind, batch, keys FROM bitext_tm_changes WHERE memory_id = $1 AND change > $2 ORDER BY change LIMIT $3',
      [memoryId, this.applied, CHANGE_PAGE],
    );
    for (const row of rows) {
      const change = Number(row.change);
      if (change !== this.applied + 1) throw new Error(`change log of memory ${memoryId} jumps from ${this.applied} to ${change}`);
      if (row.kind === 'add' && row.batch !== null) {
        const own = this.ownBatches.get(row.batch);
        this.ownBatches.delete(row.batch);
        const units = own ?? (await this.readBatch(row.batch));
        if (units.length > 16_384) await index.appendInSlices(units);
        else index.append(units);
      } else if (row.kind === 'delete' && row.keys !== null) {
        index.remove(row.keys.map(Number));
      }
      this.applied = change;
      this.wake();
    }
    return rows.length === CHANGE_PAGE;
  }

  /** Every unit of a batch, deleted ones too (a later change deletes them), in key order. */
  private async readBatch(batch: string): Promise<KeyedUnit[]> {
    const units: KeyedUnit[] = [];
    let after = '0';
    for (;;) {
      const { rows } = await this.options.pool.query<UnitRow>(
        'SELECT key, tuid, en, zh, extra FROM bitext_tm_units WHERE memory_id = $1 AND batch = $2 AND key > $3 ORDER BY key LIMIT $4',
        [this.options.memoryId, batch, after, UNIT_PAGE],
      );
      for (const row of rows) units.push(keyedUnitOf(row));
      if (rows.length < UNIT_PAGE) return units;
      after = rows[rows.length - 1]?.key ?? after;
    }
  }

  private wake(): void {
    for (let i = this.waiters.length - 1; i >= 0; i--) {
      const waiter = this.waiters[i];
      if (waiter && waiter.change <= this.applied) {
        this.waiters.splice(i, 1);
        waiter.resolve();
      }
    }
  }

  /** LISTEN on a connection of its own; reconnect a second after it drops. */
  private listen(): void {
    if (this.closed) return;
    const client = this.options.connect();
    this.listener = client;
    const retry = (): void => {
      if (this.closed || this.listener !== client) return;
      this.listener = undefined;
      void client.end().catch(() => undefined);
      this.options.onDatabase(false);
      this.reconnect = setTimeout(() => {
        this.listen();
      }, 1000);
      this.reconnect.unref();
    };
    client.on('error', retry);
    client.on('end', retry);
    client.on('notification', (message) => {
      if (message.payload?.startsWith(`${this.options.memoryId}:`) === true) void this.catchUp().catch(() => undefined);
    });
    client
      .connect()
      .then(() => client.query(`LISTEN ${CHANGE_CHANNEL}`))
      .then(() => {
        this.options.onDatabase(true);
        // Changes committed while we were not listening.
        void this.catchUp().catch(() => undefined);
      })
      .catch(retry);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    if (this.reconnect) clearTimeout(this.reconnect);
    await this.running?.catch(() => undefined);
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
  }
}
