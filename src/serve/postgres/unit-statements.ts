/**
 * The statements that write units to PostgreSQL (every one parameterised;
 * the SQL text is constant).
 */
import type { PoolClient } from 'pg';
import type { NewUnit } from '../live-memory';
import type { KeyedUnit } from '../memory-segment';
import { newTranslationUnit, storeUnit } from '../stored-unit';

/**
 * Add units in one statement: `count` new keys (ascending, given to the units
 * in input order), a new batch, the units (tuid defaults to the key), the next
 * change number (the memory row's lock), the change row and the notification.
 * $1 memory, $2 count, $3–$6 tuid/en/zh/extra arrays, $7 channel.
 */
export const ADD_UNITS_SQL = `
  WITH new_keys AS (
    SELECT row_number() OVER (ORDER BY k) AS ord, k AS key
    FROM (SELECT nextval('bitext_tm_unit_keys') AS k FROM generate_series(1, $2::integer)) AS drawn
  ), new_batch AS (
    SELECT nextval('bitext_tm_batches') AS batch
  ), inserted AS (
    INSERT INTO bitext_tm_units (memory_id, batch, key, tuid, en, zh, extra)
    SELECT $1, new_batch.batch, new_keys.key, coalesce(u.tuid, new_keys.key::text), u.en, u.zh, u.extra
    FROM unnest($3::text[], $4::text[], $5::text[], $6::text[]) WITH ORDINALITY AS u (tuid, en, zh, extra, ord)
    JOIN new_keys ON new_keys.ord = u.ord CROSS JOIN new_batch
    RETURNING key
  ), counter AS (
    UPDATE bitext_tm_memories SET last_change = last_change + 1 WHERE id = $1 RETURNING last_change
  ), logged AS (
    INSERT INTO bitext_tm_changes (memory_id, change, kind, batch, unit_count)
    SELECT $1, counter.last_change, 'add', new_batch.batch, $2 FROM counter CROSS JOIN new_batch
    RETURNING change, batch
  )
  SELECT logged.change::text AS change, logged.batch::text AS batch,
         ARRAY(SELECT key FROM new_keys ORDER BY ord)::text[] AS keys,
         pg_notify($7, $1 || ':' || logged.change) AS notified,
         (SELECT count(*) FROM inserted) AS inserted
  FROM logged`;

/** The `extra` column of a new unit (JSON of confidence and props), or null. */
export function extraJson(unit: NewUnit): string | null {
  return storeUnit(0, newTranslationUnit(unit, 0)).extra;
}

/** A new batch number and `count` new unit keys (ascending). */
export async function reserveKeys(client: PoolClient, count: number): Promise<{ batch: string; keys: number[] }> {
  const { rows } = await client.query<{ batch: string; keys: string[] }>(
    "SELECT nextval('bitext_tm_batches')::text AS batch, ARRAY(SELECT nextval('bitext_tm_unit_keys') FROM generate_series(1, $1::integer)) AS keys",
    [count],
  );
  const row = rows[0];
  if (!row) throw new Error('nextval returned no row');
  return { batch: row.batch, keys: row.keys.map(Number).sort((a, b) => a - b) };
}

/** Take the memory's row lock and the next change number (released at commit). */
export async function nextChange(client: PoolClient, memoryId: number): Promise<number> {
  const { rows } = await client.query<{ last_change: string }>('UPDATE bitext_tm_memories SET last_change = last_change + 1 WHERE id = $1 RETURNING last_change', [memoryId]);
  return Number(rows[0]?.last_change ?? 0);
}

export async function insertUnits(client: PoolClient, memoryId: number, batch: string, units: readonly KeyedUnit[]): Promise<void> {
  const stored = units.map(({ key, unit }) => storeUnit(key, unit));
  await client.query(
    `INSERT INTO bitext_tm_units (memory_id, batch, key, tuid, en, zh, extra)
     SELECT $1, $2, u.key, u.tuid, u.en, u.zh, u.extra
     FROM unnest($3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[]) AS u (key, tuid, en, zh, extra)`,
    [memoryId, batch, stored.map((u) => u.key), stored.map((u) => u.tuid), stored.map((u) => u.en), stored.map((u) => u.zh), stored.map((u) => u.extra)],
  );
}
