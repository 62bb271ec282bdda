/**
 * The roles of the real-text lookup benchmark, each run in a process of its
 * own so that its peak memory is its own (lookup-real.ts starts them):
 *
 * - `prepare`: build the memory (real-memory.ts) and the queries
 *   (real-queries.ts), write `memory.tmx`, `queries.json` and the batch file
 *   `queries.jsonl`;
 * - `ours`: read the TMX, build the index, time every query, save the index;
 * - `loaded`: open the saved index, time the same queries;
 * - `brute`: the reference — every unit of the length window scored with
 *   fastest-levenshtein (brute-force.ts);
 * - `sqlite`: SQLite FTS5 with the trigram tokenizer for candidates (the
 *   best 100 by bm25 of an OR of the query's 24 rarest trigrams), re-ranked
 *   by the CAT score.
 *
 * Every role prints one JSON line: timings, peak RSS and the top 5 of every
 * query as `unit:score`.
 */
import { createWriteStream, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createRequire } from 'node:module';
import { fuzzyScore } from '../../src/tm/search/fuzzy-score';
import { readTmxUnits } from '../../src/tm/read-tmx-units';
import { tokenizeForMatch } from '../../src/tm/tokens/tokenize-for-match';
import { TranslationMemory } from '../../src/tm/translation-memory';
import { createTmxWriter } from '../../src/tmx/write/create-tmx-writer';
import type { TranslationUnit } from '../../src/types';
import { seededRandom } from '../helpers/seeded-random';
import { BruteForce } from './brute-force';
import { buildRealMemory, readRealText, type BaseCounts } from './real-memory';
import { makeRealQueries, type RealQuery } from './real-queries';

export const MIN_SCORE = 0.75;
/** The lowest threshold lookup is documented as exact for, measured on every LOW_SCORE_EVERY-th query. */
export const LOW_SCORE = 0.5;
export const LOW_SCORE_EVERY = 10;
export const LIMIT = 5;
/** Candidates SQLite hands to the re-ranking, best bm25 first. */
export const SQLITE_CANDIDATES = 100;

/** Latency summary in milliseconds. */
export interface Latency {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

/** What a querying role reports. */
export interface RoleResult {
  /** Reading the TMX (or opening the index file). */
  readonly readMs: number;
  /** Building the index (ours, SQLite) or the encoded units (brute force): wall and CPU time of the process. */
  readonly buildMs: number;
  readonly buildCpuMs?: number;
  readonly peakRss: number;
  readonly latency: Latency;
  readonly times: readonly number[];
  /** Top 5 of each query, `unit:score` joined by spaces. */
  readonly tops: readonly string[];
  /** Top 5 at minScore LOW_SCORE of every LOW_SCORE_EVERY-th query (ours: every query, with its latency). */
  readonly lowTops?: readonly string[];
  readonly lowLatency?: Latency;
  readonly extra?: Record<string, number>;
}

/** What `prepare` reports. */
export interface Prepared {
  readonly counts: BaseCounts;
  readonly units: number;
  readonly tmxBytes: number;
  readonly meanTokens: { readonly en: number; readonly zh: number };
  readonly queries: number;
}

export function summarize(times: readonly number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1) ?? 0 };
}

const peakRss = (): number => process.resourceUsage().maxRSS * 1024;
const readQueries = (dir: string): { queries: RealQuery[]; warmUp: RealQuery[] } => JSON.parse(readFileSync(join(dir, 'queries.json'), 'utf8')) as { queries: RealQuery[]; warmUp: RealQuery[] };

/** Build the memory of `size` units and the queries into `dir`. */
export async function prepare(size: number, root: string, shared: string, dir: string): Promise<Prepared> {
  const text = readRealText(root, shared);
  if (!text) throw new Error('real text missing');
  const units = buildRealMemory(seededRandom(20221215), text, size);
  const queries = makeRealQueries(seededRandom(size), units, text.heldOut);
  const warmUp = makeRealQueries(seededRandom(size + 1), units, []).filter((_, q) => q % 10 === 0);
  writeFileSync(join(dir, 'queries.json'), JSON.stringify({ queries, warmUp }));
  // The batch file gives no "lang", as a user's usually does: the CLI run also measures language detection.
  writeFileSync(join(dir, 'queries.jsonl'), queries.map((q) => `${JSON.stringify({ q: q.text })}\n`).join(''));
  // No script conversion: the memory holds the text as the sources have it.
  const writer = createTmxWriter({ convertChinese: 'none', provenance: false });
  await pipeline(writer.chunks(units), createWriteStream(join(dir, 'memory.tmx')));
  const tokens = (lang: 'en' | 'zh'): number => units.slice(0, 20_000).reduce((sum, u) => sum + tokenizeForMatch(u[lang]).length, 0) / Math.min(units.length, 20_000);
  return {
    counts: text.counts,
    units: units.length,
    tmxBytes: statSync(join(dir, 'memory.tmx')).size,
    meanTokens: { en: tokens('en'), zh: tokens('zh') },
    queries: queries.length,
  };
}

async function readUnits(dir: string): Promise<{ units: TranslationUnit[]; readMs: number }> {
  const start = performance.now();
  const { units } = await readTmxUnits(join(dir, 'memory.tmx'));
  return { units, readMs: performance.now() - start };
}

function timeQueries(queries: readonly RealQuery[], lookup: (query: RealQuery) => { unit: number; score: number }[]): { times: number[]; tops: string[] } {
  const times: number[] = [];
  const tops: string[] = [];
  for (const query of queries) {
    const start = performance.now();
    const found = lookup(query);
    times.push(performance.now() - start);
    tops.push(found.map((m) => `${m.unit}:${m.score}`).join(' '));
  }
  return { times, tops };
}

const lookupWith =
  (tm: TranslationMemory, minScore = MIN_SCORE) =>
  (query: RealQuery): { unit: number; score: number }[] =>
    tm.lookup(query.text, { lang: query.lang, minScore, limit: LIMIT }).map((m) => ({ unit: m.unitIndex, score: m.score }));

/** Our memory, built from the TMX; saves the index to `dir/memory.tmidx`. */
export async function runOurs(dir: string): Promise<RoleResult> {
  const { queries, warmUp } = readQueries(dir);
  const { units, readMs } = await readUnits(dir);
  const start = performance.now();
  const cpu = process.cpuUsage();
  const tm = TranslationMemory.fromUnits(units);
  const buildMs = performance.now() - start;
  const cpuUsed = process.cpuUsage(cpu);
  const buildCpuMs = (cpuUsed.user + cpuUsed.system) / 1000;
  const lookup = lookupWith(tm);
  const cold = timeQueries(queries.slice(0, 1), lookup).times[0] ?? 0;
  warmUp.forEach(lookup);
  const { times, tops } = timeQueries(queries, lookup);
  const low = timeQueries(queries, lookupWith(tm, LOW_SCORE));
  const rss = peakRss();
  const saveStart = performance.now();
  tm.save(join(dir, 'memory.tmidx'));
  const saveMs = performance.now() - saveStart;
  return {
    readMs,
    buildMs,
    buildCpuMs,
    peakRss: rss,
    latency: summarize(times),
    times,
    tops,
    lowTops: low.tops,
    lowLatency: summarize(low.times),
    extra: { coldMs: cold, saveMs, indexBytes: statSync(join(dir, 'memory.tmidx')).size },
  };
}

/** The saved index, opened in a fresh process. */
export function runLoaded(dir: string): RoleResult {
  const { queries, warmUp } = readQueries(dir);
  const start = performance.now();
  const cpu = process.cpuUsage();
  const tm = TranslationMemory.load(join(dir, 'memory.tmidx'));
  const readMs = performance.now() - start;
  const cpuUsed = process.cpuUsage(cpu);
  const lookup = lookupWith(tm);
  warmUp.forEach(lookup);
  const { times, tops } = timeQueries(queries, lookup);
  return { readMs, buildMs: 0, peakRss: peakRss(), latency: summarize(times), times, tops, extra: { openCpuMs: (cpuUsed.user + cpuUsed.system) / 1000 } };
}

/** The brute-force reference. */
export async function runBrute(dir: string): Promise<RoleResult> {
  const { queries } = readQueries(dir);
  const { units, readMs } = await readUnits(dir);
  const start = performance.now();
  const brute = new BruteForce(units);
  const buildMs = performance.now() - start;
  const { times, tops } = timeQueries(queries, (query) => brute.search(query.text, query.lang, MIN_SCORE, LIMIT));
  const rss = peakRss();
  const low = timeQueries(
    queries.filter((_, q) => q % LOW_SCORE_EVERY === 0),
    (query) => brute.search(query.text, query.lang, LOW_SCORE, LIMIT),
  );
  return { readMs, buildMs, peakRss: rss, latency: summarize(times), times, tops, lowTops: low.tops, lowLatency: summarize(low.times) };
}

/** Text as SQLite indexes it: the match tokens' keys (lower case, Han folded to Simplified), words spaced, Han characters adjacent. */
function trigramText(text: string): string {
  let out = '';
  let previousHan = false;
  for (const token of tokenizeForMatch(text)) {
    const han = token.kind === 'han';
    out += out === '' || (han && previousHan) ? token.key : ` ${token.key}`;
    previousHan = han;
  }
  return out;
}

/** Trigrams SQLite is asked for per query: the rarest of the query's (an OR of all of them reads most of a large index per query). */
export const SQLITE_TRIGRAMS = 24;

/**
 * The FTS5 query: an OR of the query's rarest distinct trigrams that do not
 * span a space (document frequencies from the fts5vocab table).
 */
function trigramQuery(text: string, frequency: (gram: string) => number): string | undefined {
  const chars = Array.from(trigramText(text));
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) {
    const gram = chars.slice(i, i + 3).join('');
    if (!gram.includes(' ')) grams.add(gram);
  }
  const rarest = [...grams]
    .map((gram) => ({ gram, docs: frequency(gram) }))
    .filter((g) => g.docs > 0)
    .sort((a, b) => a.docs - b.docs)
    .slice(0, SQLITE_TRIGRAMS);
  return rarest.length === 0 ? undefined : rarest.map((g) => `"${g.gram.replaceAll('"', '""')}"`).join(' OR ');
}

/** better-sqlite3, or why it cannot load. */
export function loadSqlite(): { Database?: new (file: string) => SqliteDb; error?: string } {
  try {
    const Database = createRequire(import.meta.url)('better-sqlite3') as new (file: string) => SqliteDb;
    new Database(':memory:').close();
    return { Database };
  } catch (error) {
    return { error: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error) };
  }
}

interface SqliteStatement {
  run(...params: unknown[]): unknown;
  all(...params: unknown[]): { rowid: number }[];
  get(...params: unknown[]): { doc: number } | undefined;
}
interface SqliteDb {
  exec(sql: string): void;
  prepare(sql: string): SqliteStatement;
  transaction(fn: () => void): () => void;
  close(): void;
}

/** SQLite FTS5 trigram retrieval + CAT-score re-ranking, in a database file in `dir`. */
export async function runSqlite(dir: string): Promise<RoleResult> {
  const { Database, error } = loadSqlite();
  if (!Database) throw new Error(error);
  const { queries } = readQueries(dir);
  const { units, readMs } = await readUnits(dir);
  const file = join(dir, 'memory.sqlite');
  const start = performance.now();
  const db = new Database(file);
  db.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; CREATE VIRTUAL TABLE en USING fts5(t, tokenize = 'trigram'); CREATE VIRTUAL TABLE zh USING fts5(t, tokenize = 'trigram');");
  const insert = { en: db.prepare('INSERT INTO en(rowid, t) VALUES (?, ?)'), zh: db.prepare('INSERT INTO zh(rowid, t) VALUES (?, ?)') };
  db.transaction(() => {
    units.forEach((unit, i) => {
      insert.en.run(i, trigramText(unit.en));
      insert.zh.run(i, trigramText(unit.zh));
    });
  })();
  db.exec("INSERT INTO en(en) VALUES ('optimize'); INSERT INTO zh(zh) VALUES ('optimize');");
  const buildMs = performance.now() - start;
  db.exec("CREATE VIRTUAL TABLE en_vocab USING fts5vocab(en, 'row'); CREATE VIRTUAL TABLE zh_vocab USING fts5vocab(zh, 'row');");
  const vocab = { en: db.prepare('SELECT doc FROM en_vocab WHERE term = ?'), zh: db.prepare('SELECT doc FROM zh_vocab WHERE term = ?') };
  const search = {
    en: db.prepare(`SELECT rowid FROM en WHERE en MATCH ? ORDER BY rank LIMIT ${SQLITE_CANDIDATES}`),
    zh: db.prepare(`SELECT rowid FROM zh WHERE zh MATCH ? ORDER BY rank LIMIT ${SQLITE_CANDIDATES}`),
  };
  const { times, tops } = timeQueries(queries, (query) => {
    const match = trigramQuery(query.text, (gram) => vocab[query.lang].get(gram)?.doc ?? 0);
    if (match === undefined) return [];
    return search[query.lang]
      .all(match)
      .map((row) => ({ unit: row.rowid, score: fuzzyScore(query.text, units[row.rowid]?.[query.lang] ?? '') }))
      .filter((m) => m.score >= MIN_SCORE)
      .sort((a, b) => b.score - a.score || a.unit - b.unit)
      .slice(0, LIMIT);
  });
  const rss = peakRss();
  db.close();
  return { readMs, buildMs, peakRss: rss, latency: summarize(times), times, tops, extra: { dbBytes: statSync(file).size } };
}
