import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { POSTGRES_SKIP_REASON, useThrowawayCluster } from '../../../test/helpers/postgres';
import { randomUnits } from '../../../test/helpers/random-tm';
import { seededRandom } from '../../../test/helpers/seeded-random';
import { serializeTmx } from '../../tmx/write/serialize-tmx';
import { TranslationMemory } from '../../tm/translation-memory';
import type { LiveMemory } from '../live-memory';
import { openPostgresMemory } from './postgres-memory';

const withoutKey = <T extends { key: number }>({ key: _key, ...rest }: T): Omit<T, 'key'> => rest;

/** Poll until `check` holds (another process's write arrives within a second). */
async function eventually(check: () => boolean, ms = 2000): Promise<number> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return Date.now() - start;
}

describe.skipIf(POSTGRES_SKIP_REASON !== undefined)('openPostgresMemory (real PostgreSQL)', () => {
  const pg = useThrowawayCluster();

  it('keeps two processes on one database identical: writes of either seen by the other within a second, lookups equal to the library', async () => {
    const a = await openPostgresMemory({ connectionString: pg.cluster.url, memory: 'two-processes' });
    const b = await openPostgresMemory({ connectionString: pg.cluster.url, memory: 'two-processes' });
    try {
      const units = randomUnits(seededRandom(3), 80).filter((u) => /\p{L}/u.test(u.en) && /\p{L}/u.test(u.zh)).slice(0, 60);
      const keysA = await a.addUnits(units.slice(0, 30).map(({ en, zh, id }) => ({ en, zh, tuid: id })));
      await b.addUnits(units.slice(30).map(({ en, zh, id }) => ({ en, zh, tuid: id })));
      await a.deleteUnits(keysA.slice(0, 5));
      await eventually(() => a.size === 55 && b.size === 55);
      const live = [...a.exportUnits()];
      expect([...b.exportUnits()]).toEqual(live);
      const library = TranslationMemory.fromUnits(live);
      for (const unit of units.slice(0, 20)) {
        for (const lang of ['en', 'zh'] as const) {
          if (!/[\p{L}\p{N}]/u.test(unit[lang])) continue;
          const want = library.lookup(unit[lang], { lang, minScore: 0.5 });
          expect(a.lookup(unit[lang], { lang, minScore: 0.5 }).map(withoutKey)).toEqual(want);
          expect(b.lookup(unit[lang], { lang, minScore: 0.5 })).toEqual(a.lookup(unit[lang], { lang, minScore: 0.5 }));
        }
      }
      // A third process started now loads the same units in the same order.
      const c = await openPostgresMemory({ connectionString: pg.cluster.url, memory: 'two-processes' });
      expect([...c.exportUnits()]).toEqual(live);
      await c.close();
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('imports a TMX stream all or nothing', async () => {
    const memory = await openPostgresMemory({ connectionString: pg.cluster.url, memory: 'import' });
    try {
      const units = randomUnits(seededRandom(5), 12_000).filter((u) => /\p{L}/u.test(u.en) && /\p{L}/u.test(u.zh));
      const tmx = serializeTmx(units, { convertChinese: 'none' }).value;
      const result = await memory.importTmx(Readable.from([tmx]));
      expect(result.imported).toBe(units.length);
      expect(memory.size).toBe(units.length);
      const broken = tmx.slice(0, Math.floor(tmx.length * 0.7)) + '<tu><tuv xml:lang="en"><seg>broken</tuv></tu>';
      await expect(memory.importTmx(Readable.from([broken]))).rejects.toMatchObject({ code: 'TMX_MALFORMED_XML' });
      expect(memory.size).toBe(units.length);
      const again = await openPostgresMemory({ connectionString: pg.cluster.url, memory: 'import' });
      expect(again.size).toBe(units.length);
      await again.close();
    } finally {
      await memory.close();
    }
  });

  it('answers reads while the database is down, refuses writes with a 503, and recovers', async () => {
    const memory: LiveMemory = await openPostgresMemory({ connectionString: pg.cluster.url, memory: 'outage', pollMs: 100 });
    try {
      await memory.addUnits([{ en: 'The forum was held in Chongqing.', zh: '论坛在重庆举行。' }]);
      pg.cluster.stopServer('fast');
      expect(memory.lookup('The forum was held in Chongqing.').length).toBe(1);
      await expect(memory.addUnits([{ en: 'Another unit.', zh: '另一个。' }])).rejects.toMatchObject({ code: 'SERVE_DATABASE_UNAVAILABLE', status: 503 });
      await eventually(() => memory.status().database === 'unavailable');
      pg.cluster.startServer();
      await eventually(() => memory.status().database === 'up', 5000);
      await memory.addUnits([{ en: 'Another unit.', zh: '另一个。' }]);
      expect(memory.size).toBe(2);
    } finally {
      await memory.close();
    }
  });
});
