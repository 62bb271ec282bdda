/**
 * `npm run bench:serve-design`: why each server keeps the library's index in
 * memory instead of asking PostgreSQL for candidates. Same real-text memory
 * and queries as bench:serve (--units, default 100,000), in one throwaway
 * cluster:
 *
 * - in memory: `TranslationMemory.lookup` (what `serve --store` answers with);
 * - in the database: pg_trgm (the contrib extension Debian's postgresql
 *   ships), a GIN trigram index on each side, the 50 units most similar by
 *   trigrams (`%` then `ORDER BY similarity`) re-ranked by the library's
 *   fuzzyScore in the client: the usual way to do fuzzy matching in SQL.
 *
 * Reports p50/p99 per query, and how often the database's top-1 has the
 * library's best score (the library is exact: its top-1 is the best unit).
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startThrowawayCluster } from '../../scripts/postgres/throwaway-cluster';
import { fuzzyScore } from '../../src/tm/search/fuzzy-score';
import { TranslationMemory } from '../../src/tm/translation-memory';
import { makeServeQueries, readRealPairs, synthesizeServeMemory } from './serve-memory';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const SHARED = process.env['BITEXT_SHARED'] ?? join(ROOT, '..', 'shared');
const at = process.argv.indexOf('--units');
const UNITS = at >= 0 ? Number(process.argv[at + 1]) : 100_000;
const QUERIES = 300;

const pct = (values: number[], p: number): number => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))] ?? 0;

async function main(): Promise<void> {
  const pairs = readRealPairs(SHARED, join(ROOT, 'corpus', 'out', 'chongqing-fao-2022.en-zh.units.json'));
  const units = synthesizeServeMemory(pairs, UNITS);
  const queries = makeServeQueries(units, pairs, QUERIES, 31).filter((q) => q.kind !== 'no-match');
  const cluster = await startThrowawayCluster();
  const client = new pg.Client(cluster.url);
  await client.connect();
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await client.query('CREATE TABLE units (id integer PRIMARY KEY, en text NOT NULL, zh text NOT NULL)');
    for (let from = 0; from < units.length; from += 5000) {
      const slice = units.slice(from, from + 5000);
      await client.query('INSERT INTO units SELECT * FROM unnest($1::integer[], $2::text[], $3::text[])', [slice.map((_, i) => from + i), slice.map((u) => u.en), slice.map((u) => u.zh)]);
    }
    let started = performance.now();
    await client.query('CREATE INDEX units_en_trgm ON units USING gin (en gin_trgm_ops)');
    await client.query('CREATE INDEX units_zh_trgm ON units USING gin (zh gin_trgm_ops)');
    const indexSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    const tm = TranslationMemory.fromUnits(units);
    const buildSeconds = (performance.now() - started) / 1000;

    const memoryTimes: number[] = [];
    const databaseTimes: number[] = [];
    let agree = 0;
    let withMatch = 0;
    for (const query of queries) {
      let t = performance.now();
      const best = tm.lookup(query.q, { lang: query.lang, limit: 1 })[0];
      memoryTimes.push(performance.now() - t);
      t = performance.now();
      const column = query.lang === 'en' ? 'en' : 'zh';
      // Identifiers are constants chosen above, the text is a parameter.
      const { rows } = await client.query<{ id: number; text: string }>(
        `SELECT id, ${column} AS text FROM units WHERE ${column} % $1 ORDER BY similarity(${column}, $1) DESC LIMIT 50`,
        [query.q],
      );
      let top = -1;
      for (const row of rows) top = Math.max(top, fuzzyScore(query.q, row.text));
      databaseTimes.push(performance.now() - t);
      if (best) {
        withMatch++;
        if (top >= best.score) agree++;
      }
    }
    console.log(`\nbench:serve-design — ${UNITS.toLocaleString('en')}-unit real-text memory, ${queries.length} queries (fuzzy, exact, single sentences), one throwaway PostgreSQL 15 cluster\n`);
    console.log('| lookup | build | p50 ms | p99 ms | top-1 has the best score |');
    console.log('|---|---|---|---|---|');
    console.log(`| library index in the server's memory (serve --store) | ${buildSeconds.toFixed(1)} s | ${pct(memoryTimes, 0.5).toFixed(2)} | ${pct(memoryTimes, 0.99).toFixed(1)} | ${withMatch} / ${withMatch} (exact by construction) |`);
    console.log(`| pg_trgm GIN candidates (50) + fuzzyScore re-rank | ${indexSeconds.toFixed(1)} s | ${pct(databaseTimes, 0.5).toFixed(2)} | ${pct(databaseTimes, 0.99).toFixed(1)} | ${agree} / ${withMatch} |`);
  } finally {
    await client.end();
    cluster.stop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
