/** The start-up load of a PostgreSQL memory: every live unit, as of one snapshot, in order. */
import type { PoolClient } from 'pg';
import { TranslationMemory } from '../../tm/translation-memory';
import type { TranslationMemoryOptions } from '../../tm/tm-options';
import type { TranslationUnit } from '../../types';
import type { SegmentedMemory } from '../segmented-memory';
import { keyedUnitOf, type UnitRow } from './change-follower';

/** Rows per FETCH. */
const LOAD_ROWS = 10_000;

/**
 * Load every live unit as of one snapshot, in (change, key) order, into one
 * segment; returns the change the snapshot holds.
 */
export async function loadUnits(client: PoolClient, memoryId: number, index: SegmentedMemory, options: TranslationMemoryOptions): Promise<number> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const { rows } = await client.query<{ last_change: string }>('SELECT last_change FROM bitext_tm_memories WHERE id = $1', [memoryId]);
    const applied = Number(rows[0]?.last_change ?? 0);
    await client.query(
      `DECLARE bitext_tm_load NO SCROLL CURSOR FOR
         SELECT u.key, u.tuid, u.en, u.zh, u.extra
         FROM bitext_tm_units u JOIN bitext_tm_changes c ON c.memory_id = u.memory_id AND c.batch = u.batch AND c.kind = 'add'
         WHERE u.memory_id = $1 AND u.deleted_change IS NULL
         ORDER BY c.change, u.key`,
      [memoryId],
    );
    const units: TranslationUnit[] = [];
    const keys: number[] = [];
    for (;;) {
      const page = await client.query<UnitRow>(`FETCH ${LOAD_ROWS} FROM bitext_tm_load`);
      for (const row of page.rows) {
        const keyed = keyedUnitOf(row);
        units.push(keyed.unit);
        keys.push(keyed.key);
      }
      if (page.rows.length < LOAD_ROWS) break;
    }
    await client.query('COMMIT');
    if (units.length > 0) index.appendMemory(TranslationMemory.fromUnits(units, options), Float64Array.from(keys));
    return applied;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

