/**
 * `npm run bench:serve`: `bitext-tm serve` under load, embedded and on
 * PostgreSQL, with a real-text memory (serve-memory.ts) of --units units
 * (default 1,000,000), --clients concurrent clients (16) for --seconds (60),
 * 90 % lookups / 10 % writes (8 % adds, 2 % deletes). Then: every
 * acknowledged write is checked in the memory (and in PostgreSQL), the
 * 1M-unit TMX import into PostgreSQL is timed, two servers on one database
 * are compared (same answers, each other's writes within a second), and the
 * fault runs: kill -9 during writes and during an import, PostgreSQL stopped
 * mid-run.
 *
 * Real components: the built CLI (dist/cli.js) as server processes, Debian's
 * PostgreSQL in a throwaway cluster, the load generator in its own process.
 * Options: --units N --seconds S --clients C --modes embedded,postgres --no-faults.
 * Reads ../shared (or $BITEXT_SHARED); exits 2 without it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createTmxWriter } from '../../src/tmx/write/create-tmx-writer';
import { startThrowawayCluster, type ThrowawayCluster } from '../../scripts/postgres/throwaway-cluster';
import { startServeProcess as startProcess, type ServeProcess } from '../helpers/serve-process';
import { TranslationMemory } from '../../src/tm/translation-memory';
import type { LoadConfig, LoadResult, Percentiles } from './serve-load';
import { makeServeQueries, readRealPairs, synthesizeServeMemory } from './serve-memory';
import { appendAll } from '../../src/append-all';
import { maxOf } from '../../src/min-max';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const SHARED = process.env['BITEXT_SHARED'] ?? join(ROOT, '..', 'shared');
const SEED_UNITS = join(ROOT, 'corpus', 'out', 'chongqing-fao-2022.en-zh.units.json');
const TOKEN = 'bench-serve-token-0123456789abcdef';

const argument = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
};
const UNITS = Number(argument('units', '1000000'));
const SECONDS = Number(argument('seconds', '60'));
const CLIENTS = Number(argument('clients', '16'));
const MODES = argument('modes', 'embedded,postgres').split(',');
const FAULTS = !process.argv.includes('--no-faults');

/** A server of the benchmark: a large memory may take minutes to load on a busy machine. */
const startServeProcess = (args: readonly string[], cwd: string): Promise<ServeProcess> => startProcess(args, cwd, {}, 30 * 60_000);

const log = (line: string): void => {
  process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${line}\n`);
};
const ms = (x: number): string => (x < 10 ? x.toFixed(2) : x.toFixed(1));
const sleep = (m: number): Promise<void> => new Promise((r) => setTimeout(r, m));

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, c) => maxOf(rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows.map((r, i) => `| ${r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ')} |${i === 0 ? `\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|` : ''}`).join('\n');
}

/** Run the load generator in a process of its own. */
async function load(config: Omit<LoadConfig, 'token' | 'queriesFile'>, queriesFile: string, dir: string): Promise<LoadResult> {
  const file = join(dir, `load-${config.tag}.json`);
  writeFileSync(file, JSON.stringify({ ...config, token: TOKEN, queriesFile }));
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test', 'bench', 'serve-load.ts'), file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  await new Promise((r) => child.once('exit', r));
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as LoadResult;
}

/**
 * Stream a file as the body of POST /api/import; resolves to its answer. With
 * `bytesPerSecond`, the body is sent at that pace (a fault run kills the
 * server while the import is surely in progress).
 */
function importFile(url: string, path: string, bytesPerSecond?: number): Promise<{ status: number; body: string; seconds: number }> {
  const started = performance.now();
  return new Promise((resolveImport, reject) => {
    const target = new URL('/api/import', url);
    const req = request({ host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/xml' } }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => {
        resolveImport({ status: res.statusCode ?? 0, body, seconds: (performance.now() - started) / 1000 });
      });
    });
    req.on('error', reject);
    if (bytesPerSecond === undefined) {
      createReadStream(path).on('error', reject).pipe(req);
      return;
    }
    void (async () => {
      for await (const chunk of createReadStream(path, { highWaterMark: 1 << 16 })) {
        if (req.destroyed) return;
        req.write(chunk);
        await sleep(((chunk as Buffer).length / bytesPerSecond) * 1000);
      }
      req.end();
    })().catch(reject);
  });
}

/** CPU seconds (user + system) a process has used so far, from /proc. */
function cpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (CLK_TCK 100)
  } catch {
    return 0;
  }
}

/** The tuids of the export of `url` that start with `prefix` (streamed: the export of 1M units is large). */
function exportedTuids(url: string, prefix: string): Promise<Set<string>> {
  return new Promise((resolveTuids, reject) => {
    const found = new Set<string>();
    const pattern = new RegExp(`tuid="(${prefix}[^"]*)"`, 'gu');
    let carry = '';
    request(new URL('/api/export', url), (res) => {
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        const text = carry + chunk;
        for (const match of text.matchAll(pattern)) found.add(match[1] ?? '');
        carry = text.slice(-200);
      });
      res.on('end', () => {
        resolveTuids(found);
      });
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

/**
 * Acknowledged adds that are missing, and acknowledged deletes that are
 * still there. A unit whose delete was sent but not answered (the server was
 * killed) may be either: it counts as neither.
 */
function checkWrites(result: LoadResult, present: Set<string>): { missing: number; resurrected: number } {
  const deleted = new Set(result.deleted);
  const attempted = new Set(result.deleteAttempts);
  let missing = 0;
  let resurrected = 0;
  for (const { tuid, key } of result.added) {
    if (deleted.has(key)) {
      if (present.has(tuid)) resurrected++;
    } else if (!attempted.has(key) && !present.has(tuid)) missing++;
  }
  return { missing, resurrected };
}

const errorsOf = (result: LoadResult): number => Object.entries(result.statuses).filter(([status]) => !/^20[01]$/u.test(status)).reduce((sum, [, n]) => sum + n, 0);

interface RunRow {
  readonly setup: string;
  readonly result: LoadResult;
  readonly check: { missing: number; resurrected: number };
  readonly start: number;
  /** Server CPU seconds (all server processes) during the run. */
  readonly serverCpu: number;
}

/** Run a load and the server CPU it cost. */
async function measured(servers: readonly ServeProcess[], run: () => Promise<LoadResult>): Promise<{ result: LoadResult; serverCpu: number }> {
  const before = servers.reduce((sum, s) => sum + cpuSeconds(s.child.pid), 0);
  const result = await run();
  return { result, serverCpu: servers.reduce((sum, s) => sum + cpuSeconds(s.child.pid), 0) - before };
}

async function writeTmx(units: ReturnType<typeof synthesizeServeMemory>, path: string): Promise<void> {
  const writer = createTmxWriter({ zhLang: 'zh', convertChinese: 'none', provenance: false });
  await pipeline(writer.chunks(units), createWriteStream(path));
}

function machine(): string[] {
  const pgVersion = spawnSync('sh', ['-c', 'psql --version 2>/dev/null || true'], { encoding: 'utf8' }).stdout.trim();
  return [
    `machine: ${cpus()[0]?.model ?? '?'} × ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB (${(freemem() / 2 ** 30).toFixed(0)} free), load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at the end`,
    `node ${process.version}; ${pgVersion || 'PostgreSQL ?'}; servers: dist/cli.js, one process each; load generator: one process, ${CLIENTS} closed-loop clients`,
  ];
}

async function pgCount(cluster: ThrowawayCluster, memory: string, tagPrefix?: string): Promise<{ live: number; tuids: Set<string> }> {
  const client = new pg.Client(cluster.url);
  await client.connect();
  try {
    const live = await client.query<{ n: string }>('SELECT count(*) AS n FROM bitext_tm_units u JOIN bitext_tm_memories m ON m.id = u.memory_id WHERE m.name = $1 AND u.deleted_change IS NULL', [memory]);
    const tuids = new Set<string>();
    if (tagPrefix !== undefined) {
      const rows = await client.query<{ tuid: string }>(
        'SELECT u.tuid FROM bitext_tm_units u JOIN bitext_tm_memories m ON m.id = u.memory_id WHERE m.name = $1 AND u.deleted_change IS NULL AND u.tuid LIKE $2',
        [memory, `${tagPrefix}%`],
      );
      for (const row of rows.rows) tuids.add(row.tuid);
    }
    return { live: Number(live.rows[0]?.n ?? 0), tuids };
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  if (!existsSync(join(SHARED, 'eval', 'align'))) {
    console.log(`bench:serve needs the public sets at ${SHARED}/eval (set BITEXT_SHARED); not found, nothing measured.`);
    process.exit(2);
  }
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('run "npm run build" first (npm run bench:serve does)');
  process.env['BITEXT_SERVE_BUILT'] = '1';
  const dir = mkdtempSync(join(tmpdir(), 'bitext-bench-serve-'));
  writeFileSync(join(dir, 'token.txt'), TOKEN);
  const tmx = join(dir, 'memory.tmx');
  const tmidx = join(dir, 'memory.tmidx');
  const queriesFile = join(dir, 'queries.json');
  log(`building a ${UNITS.toLocaleString('en')}-unit memory from real text …`);
  {
    const pairs = readRealPairs(SHARED, SEED_UNITS);
    const units = synthesizeServeMemory(pairs, UNITS);
    writeFileSync(queriesFile, JSON.stringify(makeServeQueries(units, pairs, 20_000)));
    await writeTmx(units, tmx);
    log(`${pairs.length} real pairs → ${units.length.toLocaleString('en')} units, TMX ${(statSync(tmx).size / 2 ** 20).toFixed(0)} MB`);
    if (MODES.includes('embedded')) {
      // The embedded server opens a saved index (bitext-tm index), as one would for a large memory.
      TranslationMemory.fromUnits(units).save(tmidx);
      log(`index file ${(statSync(tmidx).size / 2 ** 20).toFixed(0)} MB`);
    }
  }
  const runs: RunRow[] = [];
  const notes: string[] = [];
  const faults: string[][] = [];
  const mix = { seconds: SECONDS, clients: CLIENTS, addShare: 0.08, deleteShare: 0.02 };

  if (MODES.includes('embedded')) {
    log('embedded: starting the server on the saved index …');
    const started = performance.now();
    const server = await startServeProcess(['--tm', tmidx, '--token-file', join(dir, 'token.txt'), '--journal', join(dir, 'embedded.journal')], dir);
    const start = (performance.now() - started) / 1000;
    await load({ ...mix, seconds: 5, urls: [server.url], tag: 'warm-e' }, queriesFile, dir);
    const single = await measured([server], () => load({ ...mix, seconds: 10, clients: 1, urls: [server.url], tag: 'one-e' }, queriesFile, dir));
    log(`embedded: ${SECONDS} s of load …`);
    const { result, serverCpu } = await measured([server], () => load({ ...mix, urls: [server.url], tag: 'bench-e' }, queriesFile, dir));
    const present = await exportedTuids(server.url, '');
    runs.push({ setup: 'embedded (.tmidx), 1 server, 1 client (10 s)', result: single.result, check: checkWrites(single.result, present), start, serverCpu: single.serverCpu });
    runs.push({ setup: `embedded (.tmidx), 1 server, ${CLIENTS} clients`, result, check: checkWrites(result, present), start, serverCpu });
    const stopStarted = performance.now();
    const code = await server.stop();
    notes.push(`embedded: SIGTERM → exit ${code} in ${((performance.now() - stopStarted) / 1000).toFixed(1)} s`);
  }

  if (MODES.includes('postgres')) {
    log('postgres: starting a throwaway cluster …');
    const cluster = await startThrowawayCluster();
    try {
      const store = ['--store', cluster.url, '--memory', 'bench', '--token-file', join(dir, 'token.txt')];
      const importer = await startServeProcess(store, dir);
      log('postgres: importing the TMX through POST /api/import …');
      const importStarted = performance.now();
      let committedAfter: number | undefined;
      const watch = setInterval(() => {
        void pgCount(cluster, 'bench').then((count) => {
          if (count.live > 0 && committedAfter === undefined) committedAfter = (performance.now() - importStarted) / 1000;
        });
      }, 500);
      const imported = await importFile(importer.url, tmx);
      clearInterval(watch);
      const importedCount = (JSON.parse(imported.body) as { imported?: number }).imported ?? 0;
      notes.push(
        `import of ${importedCount.toLocaleString('en')} units (${(statSync(tmx).size / 2 ** 20).toFixed(0)} MB TMX) into PostgreSQL through POST /api/import: committed (visible in the database) after ${committedAfter?.toFixed(1) ?? '?'} s; HTTP ${imported.status} after ${imported.seconds.toFixed(1)} s, once the importing server had indexed it too (target ≤ 300 s)`,
      );
      await importer.stop();
      log('postgres: two servers load the memory …');
      const started = performance.now();
      const [a, b] = await Promise.all([startServeProcess(store, dir), startServeProcess(store, dir)]);
      const start = (performance.now() - started) / 1000;
      await load({ ...mix, seconds: 5, urls: [a.url, b.url], tag: 'warm-p' }, queriesFile, dir);
      const single = await measured([a, b], () => load({ ...mix, seconds: 10, clients: 1, urls: [a.url], tag: 'one-p' }, queriesFile, dir));
      log(`postgres: ${SECONDS} s of load over two servers …`);
      const { result, serverCpu } = await measured([a, b], () => load({ ...mix, urls: [a.url, b.url], tag: 'bench-p' }, queriesFile, dir));
      const inDatabase = await pgCount(cluster, 'bench', '');
      const [onA, onB] = await Promise.all([exportedTuids(a.url, 'bench-p'), exportedTuids(b.url, 'bench-p')]);
      const benchInDatabase = [...inDatabase.tuids].filter((t) => t.startsWith('bench-p'));
      const same = onA.size === onB.size && [...onA].every((t) => onB.has(t)) && onA.size === benchInDatabase.length;
      runs.push({ setup: 'PostgreSQL, 2 servers, 1 client (10 s)', result: single.result, check: checkWrites(single.result, inDatabase.tuids), start, serverCpu: single.serverCpu });
      runs.push({ setup: `PostgreSQL, 2 servers, ${CLIENTS} clients`, result, check: checkWrites(result, inDatabase.tuids), start, serverCpu });
      notes.push(`after the PostgreSQL run: ${inDatabase.live.toLocaleString('en')} live units in the database; both servers hold the same ${onA.size} benchmark units as the database: ${same ? 'yes' : 'NO'}`);
      notes.push(await compareServers(a.url, b.url, queriesFile));
      notes.push(await visibilityLag(a.url, b.url));
      if (FAULTS) {
        appendAll(faults, (await faultRuns(cluster, dir, queriesFile, tmx, [a, b], store)));
      } else {
        await a.stop();
        await b.stop();
      }
    } finally {
      cluster.stop();
    }
  }
  if (FAULTS && MODES.includes('embedded')) appendAll(faults, (await embeddedFaults(dir)));
  rmSync(dir, { recursive: true, force: true });
  print(runs, notes, faults);
}

/** The same 300 lookups on both servers: byte-identical answers? */
async function compareServers(a: string, b: string, queriesFile: string): Promise<string> {
  const queries = (JSON.parse(readFileSync(queriesFile, 'utf8')) as { q: string; lang: string }[]).slice(0, 300);
  let same = 0;
  for (const query of queries) {
    const path = `/api/lookup?q=${encodeURIComponent(query.q)}&lang=${query.lang}`;
    const [x, y] = await Promise.all([fetch(`${a}${path}`).then((r) => r.text()), fetch(`${b}${path}`).then((r) => r.text())]);
    if (x === y) same++;
  }
  return `two servers, same 300 lookups: ${same}/300 answers byte-identical`;
}

/** Write through one server, poll the other until it answers with the unit. */
async function visibilityLag(a: string, b: string): Promise<string> {
  const lags: number[] = [];
  for (let i = 0; i < 30; i++) {
    const en = `Visibility probe ${i} written through the first server at ${Date.now()}.`;
    const response = await fetch(`${a}/api/units`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify([{ en, zh: `可见性探针${i}。` }]) });
    if (response.status !== 201) throw new Error(`probe write failed: ${response.status}`);
    const acknowledged = performance.now();
    for (;;) {
      const answer = (await (await fetch(`${b}/api/lookup?q=${encodeURIComponent(en)}&limit=1&min=1`)).json()) as { matches: unknown[] };
      if (answer.matches.length > 0) break;
      if (performance.now() - acknowledged > 5000) throw new Error('not visible within 5 s');
    }
    lags.push(performance.now() - acknowledged);
  }
  lags.sort((x, y) => x - y);
  return `cross-server visibility (write acknowledged by one server → lookup on the other finds it), 30 probes: median ${ms(lags[15] ?? 0)} ms, max ${ms(lags[29] ?? 0)} ms (target ≤ 1000 ms; LISTEN/NOTIFY, poll every 500 ms as fallback)`;
}

/** Fault runs on PostgreSQL: kill -9 during writes, during an import; the database stopped mid-run. */
async function faultRuns(cluster: ThrowawayCluster, dir: string, queriesFile: string, tmx: string, servers: ServeProcess[], store: string[]): Promise<string[][]> {
  const rows: string[][] = [];
  const b = servers[1] as ServeProcess;
  let a = servers[0] as ServeProcess;
  // 1. kill -9 of one server while both take writes.
  log('fault: kill -9 of a server during writes …');
  const running = load({ seconds: 12, clients: 8, addShare: 0.5, deleteShare: 0.1, urls: [a.url, b.url], tag: 'kill-w', timeline: true }, queriesFile, dir);
  await sleep(4000);
  await a.kill();
  const result = await running;
  a = await startServeProcess(store, dir);
  const inDatabase = await pgCount(cluster, 'bench', 'kill-w');
  const check = checkWrites(result, inDatabase.tuids);
  const onRestarted = await exportedTuids(a.url, 'kill-w');
  rows.push([
    'PostgreSQL: kill -9 of 1 of 2 servers during writes',
    `${result.added.length} adds + ${result.deleted.length} deletes acknowledged; failed requests: ${formatStatuses(result.statuses)}`,
    `${check.missing} acknowledged adds missing, ${check.resurrected} deleted units back; restarted server holds the same: ${onRestarted.size === inDatabase.tuids.size ? 'yes' : 'NO'}`,
  ]);
  // 2. kill -9 during an import.
  log('fault: kill -9 during an import …');
  const before = await pgCount(cluster, 'bench');
  const importing = importFile(a.url, tmx, 4 * 2 ** 20).catch((error: unknown) => ({ status: 0, body: String(error), seconds: 0 }));
  await sleep(8000);
  await a.kill();
  const answered = await importing;
  if (answered.status !== 0) throw new Error(`the import finished before the kill (${answered.status}): make it larger`);
  a = await startServeProcess(store, dir);
  const after = await pgCount(cluster, 'bench');
  rows.push(['PostgreSQL: kill -9 of the server 8 s into a TMX import (sent at 4 MB/s, ~32 MB in)', `${before.live.toLocaleString('en')} live units before`, `${after.live.toLocaleString('en')} after restart: ${after.live === before.live ? 'no partial import' : 'PARTIAL IMPORT'}`]);
  // 3. The database stopped mid-run, then started again.
  log('fault: PostgreSQL stopped 5 s into a run, started again 5 s later …');
  const outage = load({ seconds: 20, clients: 8, addShare: 0.1, deleteShare: 0, urls: [a.url, b.url], tag: 'outage', timeline: true }, queriesFile, dir);
  await sleep(5000);
  cluster.stopServer('fast');
  await sleep(5000);
  cluster.startServer();
  const outageResult = await outage;
  const timeline = outageResult.timeline ?? [];
  const sum = (from: number, to: number, kind: string, label: RegExp): number => timeline.filter(([s, k, l]) => s >= from && s < to && k === kind && label.test(l)).reduce((n, [, , , c]) => n + c, 0);
  const recovered = timeline.filter(([s, k, l]) => s >= 10 && k === 'add' && l === '201').map(([s]) => s).sort((x, y) => x - y)[0];
  rows.push([
    'PostgreSQL stopped at 5 s, started at 10 s (20 s run, 2 servers)',
    `during the outage: lookups ${sum(5, 10, 'lookup', /^200$/u)} × 200, ${sum(5, 10, 'lookup', /^[^2]/u)} failed; writes ${sum(5, 10, 'add', /^503 SERVE_DATABASE_UNAVAILABLE$/u)} × 503 SERVE_DATABASE_UNAVAILABLE, ${sum(5, 10, 'add', /^201$/u)} × 201, other: ${formatStatuses(Object.fromEntries(timeline.filter(([s, k, l]) => s >= 5 && s < 10 && k === 'add' && !/^(?:201|503 SERVE_DATABASE_UNAVAILABLE)$/u.test(l)).map(([, , l, c]) => [l, c])))}`,
    `writes succeed again from second ${recovered ?? 'never'}; after: ${sum(12, 20, 'add', /^201$/u)} × 201, ${sum(12, 20, 'add', /^[^2]/u)} failed; all statuses: ${formatStatuses(outageResult.statuses)}`,
  ]);
  await a.stop();
  await b.stop();
  return rows;
}

/** Fault runs on an embedded server (the seed's memory: restart is what is measured, not size). */
async function embeddedFaults(dir: string): Promise<string[][]> {
  log('fault: embedded kill -9 during writes and during an import …');
  const seed = join(ROOT, 'corpus', 'out', 'chongqing-fao-2022.en-zh.tmx');
  const args = ['--tm', seed, '--token-file', join(dir, 'token.txt'), '--journal', join(dir, 'fault.journal')];
  const queriesFile = join(dir, 'queries.json');
  let server = await startServeProcess(args, dir);
  const running = load({ seconds: 8, clients: 8, addShare: 0.5, deleteShare: 0.1, urls: [server.url], tag: 'ekill', timeline: true }, queriesFile, dir);
  await sleep(4000);
  await server.kill();
  const result = await running;
  server = await startServeProcess(args, dir);
  const check = checkWrites(result, await exportedTuids(server.url, 'ekill'));
  const rows = [['embedded: kill -9 during writes', `${result.added.length} adds + ${result.deleted.length} deletes acknowledged`, `${check.missing} acknowledged adds missing, ${check.resurrected} deleted units back`]];
  const before = (await (await fetch(`${server.url}/health`)).json()) as { units: number };
  const bigTmx = join(dir, 'memory.tmx');
  const importing = importFile(server.url, existsSync(bigTmx) ? bigTmx : seed, 2 ** 20).catch((error: unknown) => ({ status: 0, body: String(error), seconds: 0 }));
  await sleep(6000);
  await server.kill();
  const answered = await importing;
  if (answered.status !== 0) throw new Error(`the import finished before the kill (${answered.status}): make it larger`);
  server = await startServeProcess(args, dir);
  const after = (await (await fetch(`${server.url}/health`)).json()) as { units: number };
  rows.push(['embedded: kill -9 6 s into a TMX import (sent at 1 MB/s, ~6 MB in)', `${before.units} units before`, `${after.units} after restart: ${after.units === before.units ? 'no partial import' : 'PARTIAL IMPORT'}`]);
  await server.stop();
  return rows;
}

function formatStatuses(statuses: Readonly<Record<string, number>>): string {
  const failed = Object.entries(statuses).filter(([status]) => !/^20[01]$/u.test(status));
  return failed.length === 0 ? 'none' : failed.map(([status, n]) => `${n} × ${status}`).join(', ');
}

function print(runs: readonly RunRow[], notes: readonly string[], faults: readonly string[][]): void {
  const p = (x: Percentiles): string => `${ms(x.p50)} / ${ms(x.p95)} / ${ms(x.p99)} / ${ms(x.max)}`;
  console.log(`\nbench:serve — ${UNITS.toLocaleString('en')}-unit real-text memory, ${CLIENTS} clients × ${SECONDS} s, 90 % lookups / 8 % adds / 2 % deletes\n`);
  for (const line of machine()) console.log(line);
  console.log('');
  console.log(
    table([
      ['setup', 'start', 'requests', 'req/s', 'server CPU ms / request', 'all p50 / p95 / p99 / max ms', 'lookups', 'adds', 'deletes', 'errors', 'acknowledged writes missing'],
      ...runs.map((r) => [
        r.setup,
        `${r.start.toFixed(0)} s`,
        r.result.requests.toLocaleString('en'),
        (r.result.requests / r.result.seconds).toFixed(0),
        ((r.serverCpu * 1000) / Math.max(1, r.result.requests)).toFixed(2),
        p(r.result.byKind.all),
        p(r.result.byKind.lookup),
        p(r.result.byKind.add),
        p(r.result.byKind.delete),
        `${errorsOf(r.result)}${errorsOf(r.result) > 0 ? ` (${formatStatuses(r.result.statuses)})` : ''}`,
        `${r.check.missing} of ${r.result.added.length} adds; ${r.check.resurrected} of ${r.result.deleted.length} deletes undone`,
      ]),
    ]),
  );
  console.log('');
  for (const note of notes) console.log(`- ${note}`);
  if (faults.length > 0) {
    console.log('\nFault runs\n');
    console.log(table([['run', 'acknowledged / before', 'afterwards'], ...faults]));
  }
  console.log('\nTargets: embedded p50 ≤ 2 ms, p99 ≤ 20 ms; PostgreSQL p50 ≤ 10 ms, p99 ≤ 50 ms; 0 errors; every acknowledged write present; import ≤ 5 min.');
  for (const run of runs.filter((r) => !r.setup.includes(' 1 client'))) {
    const [p50, p99] = run.setup.startsWith('embedded') ? [2, 20] : [10, 50];
    const all = run.result.byKind.all;
    console.log(
      `${run.setup}: p50 ${ms(all.p50)} ms ${all.p50 <= p50 ? 'met' : 'MISSED'}, p99 ${ms(all.p99)} ms ${all.p99 <= p99 ? 'met' : 'MISSED'}, errors ${errorsOf(run.result)} ${errorsOf(run.result) === 0 ? 'met' : 'MISSED'}, writes ${run.check.missing + run.check.resurrected === 0 ? 'all present (met)' : 'LOST (MISSED)'}`,
    );
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
