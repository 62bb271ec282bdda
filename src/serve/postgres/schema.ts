/**
 * The tables of memories kept in PostgreSQL (created when missing; every
 * statement constant or parameterised, never built from input).
 *
 * - `bitext_tm_memories`: one row per memory; `last_change` numbers its
 *   changes. A write takes this row's lock (UPDATE … RETURNING), so changes
 *   are numbered 1, 2, 3 … in commit order, with no gap: a process that has
 *   seen change n has seen every change before it.
 * - `bitext_tm_units`: every unit ever added, with its key, the batch that
 *   added it and, once deleted, the change that deleted it (kept, so a
 *   process replaying an old change finds the same units as everyone did).
 * - `bitext_tm_changes`: the change log: `add` (a batch of units) or `delete`
 *   (keys). Unit order is (change of its batch, key), the same for everyone.
 */
import type { PoolClient } from 'pg';

/** Schema version, in the memories table's comment; bump with a migration. */
export const SCHEMA_VERSION = 1;

const STATEMENTS: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS bitext_tm_memories (
     id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     name text NOT NULL UNIQUE,
     last_change bigint NOT NULL DEFAULT 0,
     created_at timestamptz NOT NULL DEFAULT now())`,
  `CREATE SEQUENCE IF NOT EXISTS bitext_tm_unit_keys`,
  `CREATE SEQUENCE IF NOT EXISTS bitext_tm_batches`,
  `CREATE TABLE IF NOT EXISTS bitext_tm_units (
     memory_id integer NOT NULL REFERENCES bitext_tm_memories (id),
     key bigint NOT NULL,
     batch bigint NOT NULL,
     tuid text NOT NULL,
     en text NOT NULL,
     zh text NOT NULL,
     extra text,
     deleted_change bigint,
     PRIMARY KEY (memory_id, key))`,
  `CREATE INDEX IF NOT EXISTS bitext_tm_units_by_batch ON bitext_tm_units (memory_id, batch, key)`,
  `CREATE TABLE IF NOT EXISTS bitext_tm_changes (
     memory_id integer NOT NULL REFERENCES bitext_tm_memories (id),
     change bigint NOT NULL,
     kind text NOT NULL CHECK (kind IN ('add', 'delete')),
     batch bigint,
     keys bigint[],
     unit_count integer NOT NULL,
     committed_at timestamptz NOT NULL DEFAULT now(),
     PRIMARY KEY (memory_id, change))`,
  `COMMENT ON TABLE bitext_tm_memories IS 'bitext-tm memories, schema ${SCHEMA_VERSION}'`,
];

/**
 * Create the tables when missing, and the memory `name`; returns its id.
 * Several servers may start at once: an advisory lock runs them one at a time.
 */
export async function ensureSchema(client: PoolClient, name: string): Promise<number> {
  await client.query('BEGIN');
  try {
    await client.query("SELECT pg_advisory_xact_lock(hashtext('bitext_tm_schema'))");
    for (const statement of STATEMENTS) await client.query(statement);
    await client.query('INSERT INTO bitext_tm_memories (name) VALUES ($1) ON CONFLICT (name) DO NOTHING', [name]);
    const { rows } = await client.query<{ id: number }>('SELECT id FROM bitext_tm_memories WHERE name = $1', [name]);
    await client.query('COMMIT');
    const id = rows[0]?.id;
    if (id === undefined) throw new Error(`memory ${name} missing right after its insert`);
    return id;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
