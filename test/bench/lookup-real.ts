/**
 * The real-text part of `npm run bench:lookup` (see lookup-real-run.ts for
 * the roles, real-memory.ts and real-queries.ts for the data). For each size:
 * build the memory and queries, then run bitext-tm (built from the TMX, and
 * its saved index in a fresh process), the CLI's `lookup --batch` on the TMX
 * (the whole run timed, as a user runs it), the brute force and SQLite FTS5,
 * each in its own process, and compare every query's top 1 with the brute
 * force's.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSqlite, LIMIT, LOW_SCORE, LOW_SCORE_EVERY, MIN_SCORE, SQLITE_CANDIDATES, SQLITE_TRIGRAMS, prepare, runBrute, runLoaded, runOurs, runSqlite, summarize, type Prepared, type RoleResult } from './lookup-real-run';
import { realTextFiles } from './real-memory';
import type { RealQuery } from './real-queries';
import { maxOf } from '../../src/min-max';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const SHARED = process.env['BITEXT_SHARED'] ?? join(ROOT, '..', 'shared');

type Role = 'prepare' | 'ours' | 'loaded' | 'brute' | 'sqlite';

/** Run one role in a child process and parse its JSON line. */
function child(role: Role, dir: string, size: number): unknown {
  const run = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', fileURLToPath(import.meta.url), '--role', role, dir, String(size)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 256 * 2 ** 20,
  });
  if (run.status !== 0) throw new Error(`${role} for ${size} units failed with status ${String(run.status)}`);
  return JSON.parse(run.stdout.toString('utf8').trim().split('\n').pop() ?? '{}') as unknown;
}

/** What the CLI batch run gave. */
interface CliResult {
  readonly wallSeconds: number;
  readonly maxRssBytes: number;
  readonly status: number;
  readonly tops: string[];
  readonly lines: number;
  readonly errors: number;
}

/** `bitext-tm lookup --tm memory.tmx --batch queries.jsonl`, timed by /usr/bin/time. */
function runCli(dir: string): CliResult {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', '-o', join(dir, 'time.txt'), process.execPath, join(ROOT, 'dist', 'cli.js'), 'lookup', '--tm', join(dir, 'memory.tmx'), '--batch', join(dir, 'queries.jsonl'), '--limit', String(LIMIT)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1024 * 2 ** 20,
  });
  const [seconds, kilobytes] = readFileSync(join(dir, 'time.txt'), 'utf8').trim().split('\n').pop()?.split(' ').map(Number) ?? [];
  const lines = run.stdout.toString('utf8').split('\n').filter(Boolean);
  let errors = 0;
  const tops = lines.map((line) => {
    const parsed = JSON.parse(line) as { matches?: { tuid: string; score: number }[]; error?: unknown };
    if (parsed.error !== undefined) errors++;
    return (parsed.matches ?? []).map((m) => `${m.tuid.slice(1)}:${m.score}`).join(' ');
  });
  return { wallSeconds: seconds ?? NaN, maxRssBytes: (kilobytes ?? NaN) * 1024, status: run.status ?? -1, tops, lines: lines.length, errors };
}

const best = (top: string | undefined): number => (top === undefined || top === '' ? -1 : Number(top.split(' ')[0]?.split(':')[1]));
const ms = (x: number): string => (x < 10 ? x.toFixed(3) : x < 100 ? x.toFixed(1) : x.toFixed(0));
const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const s = (milliseconds: number): string => `${(milliseconds / 1000).toFixed(1)} s`;
const pct = (a: number, b: number): string => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)} %`);

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, c) => maxOf(rows.map((r) => (r[c] ?? '').length))) ?? [];
  const line = (r: readonly string[]): string => `| ${r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ')} |`;
  return [line(rows[0] ?? []), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.slice(1).map(line)].join('\n');
}

/** Agreement of a system's tops with the brute force's, over the queries selected. */
function agreement(tops: readonly string[], truth: readonly string[], selected: readonly number[]): { agree: number; total: number; misses: number } {
  let agree = 0;
  let misses = 0;
  for (const q of selected) {
    const expected = best(truth[q]);
    const got = best(tops[q]);
    if (expected === got) agree++;
    else if (got === -1) misses++;
  }
  return { agree, total: selected.length, misses };
}

/** One size: every role, then the tables. */
function runSize(size: number, sqliteAvailable: boolean): void {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-tm-lookup-real-'));
  try {
    console.error(`… ${size.toLocaleString('en')} real-text units: memory and queries`);
    const prepared = child('prepare', dir, size) as Prepared;
    const { queries } = JSON.parse(readFileSync(join(dir, 'queries.json'), 'utf8')) as { queries: RealQuery[] };
    console.error('… bitext-tm');
    const ours = child('ours', dir, size) as RoleResult;
    const loaded = child('loaded', dir, size) as RoleResult;
    console.error('… bitext-tm lookup --batch (CLI)');
    const cli = runCli(dir);
    console.error('… brute force');
    const brute = child('brute', dir, size) as RoleResult;
    let sqlite: RoleResult | undefined;
    if (sqliteAvailable) {
      console.error('… SQLite FTS5');
      sqlite = child('sqlite', dir, size) as RoleResult;
    }
    report(size, prepared, queries, { ours, loaded, brute, ...(sqlite ? { sqlite } : {}) }, cli);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function report(size: number, prepared: Prepared, queries: readonly RealQuery[], results: { ours: RoleResult; loaded: RoleResult; brute: RoleResult; sqlite?: RoleResult }, cli: CliResult): void {
  const truth = results.brute.tops;
  const all = queries.map((_, q) => q);
  const strong = all.filter((q) => best(truth[q]) >= MIN_SCORE);
  const noMatch = all.filter((q) => queries[q]?.kind === 'no-match');
  const c = prepared.counts;
  console.log(`\n### Real text, ${size.toLocaleString('en')} units (${mb(prepared.tmxBytes)} TMX; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end)\n`);
  console.log(
    `Base units: seed ${c.seed}, aca ${c.aca}, mac-dev ${c.macDev}, wmt22 ${c.wmt22} (${c.heldOut} held out for no-match queries); ` +
      `mean tokens en ${prepared.meanTokens.en.toFixed(1)} / zh ${prepared.meanTokens.zh.toFixed(1)}; ${queries.length} queries, ` +
      `${strong.length} with a best match ≥ ${MIN_SCORE} (brute force). minScore ${MIN_SCORE}, limit ${LIMIT}.\n`,
  );
  const rows: string[][] = [['system', 'read TMX', 'build', 'peak RSS', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'top-1 = brute, all', 'top-1 = brute, best ≥ 0.75', 'no-match answered ≥ 0.75']];
  const row = (name: string, r: RoleResult, read: string): void => {
    const a = agreement(r.tops, truth, all);
    const st = agreement(r.tops, truth, strong);
    const answered = noMatch.filter((q) => best(r.tops[q]) >= MIN_SCORE).length;
    rows.push([name, read, r.buildMs > 0 ? `${s(r.buildMs)}${r.buildCpuMs === undefined ? '' : ` (CPU ${s(r.buildCpuMs)})`}` : '—', mb(r.peakRss), ms(r.latency.p50), ms(r.latency.p95), ms(r.latency.p99), ms(r.latency.max), pct(a.agree, a.total), `${pct(st.agree, st.total)} (${st.total - st.agree} differ, ${st.misses} missed)`, `${answered} / ${noMatch.length}`]);
  };
  row('bitext-tm', results.ours, s(results.ours.readMs));
  row('bitext-tm, saved index', results.loaded, `${s(results.loaded.readMs)} open (CPU ${s(results.loaded.extra?.['openCpuMs'] ?? 0)})`);
  row('brute force (reference)', results.brute, s(results.brute.readMs));
  if (results.sqlite) row(`SQLite FTS5 trigram (${SQLITE_TRIGRAMS} rarest), best ${SQLITE_CANDIDATES} + re-rank`, results.sqlite, s(results.sqlite.readMs));
  console.log(table(rows));
  const bruteNoMatch = noMatch.filter((q) => best(truth[q]) >= MIN_SCORE).length;
  console.log(`\nNo-match queries (held-out units) that truly have a unit ≥ ${MIN_SCORE} (brute force): ${bruteNoMatch} / ${noMatch.length}.`);
  const sameAsBuilt = results.loaded.tops.every((top, q) => top === results.ours.tops[q]);
  const top5 = all.filter((q) => results.ours.tops[q] === truth[q]).length;
  console.log(`Top 5 (units and scores) identical to the brute force: ${top5} / ${all.length}; saved index gives the built memory's answers: ${sameAsBuilt ? 'yes' : 'NO'}.`);
  console.log(
    `Index: ${mb(results.ours.extra?.['indexBytes'] ?? 0)} file, saved in ${s(results.ours.extra?.['saveMs'] ?? 0)}; first query after the build ${ms(results.ours.extra?.['coldMs'] ?? 0)} ms.` +
      (results.sqlite ? ` SQLite database file ${mb(results.sqlite.extra?.['dbBytes'] ?? 0)}.` : ''),
  );
  const lowTruth = results.brute.lowTops ?? [];
  const lowOurs = (results.ours.lowTops ?? []).filter((_, q) => q % LOW_SCORE_EVERY === 0);
  const lowSame = lowTruth.filter((top, i) => top === lowOurs[i]).length;
  const lowLatency = results.ours.lowLatency;
  console.log(
    `minScore ${LOW_SCORE}: p50 / p95 / p99 ${ms(lowLatency?.p50 ?? 0)} / ${ms(lowLatency?.p95 ?? 0)} / ${ms(lowLatency?.p99 ?? 0)} ms over all ${queries.length} queries; ` +
      `top 5 identical to the brute force at ${LOW_SCORE} on ${lowSame} / ${lowTruth.length} (every ${LOW_SCORE_EVERY}th query; brute force p50 ${ms(results.brute.lowLatency?.p50 ?? 0)} ms).`,
  );
  const cliAgree = agreement(cli.tops, truth, strong);
  console.log(
    `\nCLI, one command as a user runs it: \`bitext-tm lookup --tm memory.tmx --batch queries.jsonl\` (read the TMX, build, ${cli.lines} answers): ` +
      `**${cli.wallSeconds.toFixed(1)} s wall, ${mb(cli.maxRssBytes)} peak RSS**, exit ${cli.status}, ${cli.errors} error lines; ` +
      `top-1 = brute force on ${pct(cliAgree.agree, cliAgree.total)} of the queries with a best ≥ 0.75.`,
  );

  console.log('\nTop-1 = brute force by query kind (queries with a best ≥ 0.75 / all of the kind):\n');
  const groups = new Map<string, number[]>();
  queries.forEach((query, q) => {
    const key = query.kind === 'fuzzy' ? `${query.lang} ${query.edits} edit${query.edits > 1 ? 's' : ''}` : `${query.kind} ${query.lang}`;
    (groups.get(key) ?? groups.set(key, []).get(key))?.push(q);
  });
  const kindRows = [['queries', 'count', 'best ≥ 0.75', 'bitext-tm, best ≥ 0.75', 'bitext-tm, all', ...(results.sqlite ? ['SQLite, best ≥ 0.75', 'SQLite, all'] : []), 'p50 / p99 ms']];
  for (const [key, selected] of groups) {
    const withMatch = selected.filter((q) => best(truth[q]) >= MIN_SCORE);
    const cells = (r: RoleResult): string[] => {
      const st = agreement(r.tops, truth, withMatch);
      const a = agreement(r.tops, truth, selected);
      return [`${st.agree} / ${st.total}`, `${a.agree} / ${a.total}`];
    };
    const latency = summarize(selected.map((q) => results.ours.times[q] ?? 0));
    kindRows.push([key, String(selected.length), String(withMatch.length), ...cells(results.ours), ...(results.sqlite ? cells(results.sqlite) : []), `${ms(latency.p50)} / ${ms(latency.p99)}`]);
  }
  console.log(table(kindRows));
}

function main(): void {
  const missing = realTextFiles(ROOT, SHARED).filter((file) => !existsSync(file));
  if (missing.length > 0) {
    console.log(`bench:lookup (real text) needs the public parallel text beside the repository (set BITEXT_SHARED); missing: ${missing.join(', ')}. Nothing measured.`);
    process.exit(2);
  }
  const sizesArg = process.argv.indexOf('--sizes');
  const sizes = (sizesArg >= 0 ? (process.argv[sizesArg + 1] ?? '') : '40000,200000,1000000').split(',').map(Number);
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('npm run build failed');
  if (process.argv.includes('--no-sqlite')) {
    console.log(`\n## Real text (node ${process.version}; each system in its own process, one core; SQLite not run: --no-sqlite)`);
    for (const size of sizes) runSize(size, false);
    return;
  }
  let sqlite = loadSqlite();
  if (!sqlite.Database) {
    // .npmrc turns install scripts off, so the native module is compiled here, from the package's own sources (no download).
    console.error(`better-sqlite3 is not built (${sqlite.error ?? ''}); compiling it from its sources (about a minute)…`);
    spawnSync('npm', ['run', 'build-release'], { cwd: join(ROOT, 'node_modules', 'better-sqlite3'), stdio: ['ignore', 'ignore', 'inherit'] });
    sqlite = loadSqlite();
    if (!sqlite.Database) console.log(`SQLite FTS5 peer not measured: better-sqlite3 does not load (${sqlite.error ?? ''}).`);
  }
  console.log(`\n## Real text (node ${process.version}; each system in its own process, one core)`);
  for (const size of sizes) runSize(size, sqlite.Database !== undefined);
}

async function role(name: Role, dir: string, size: number): Promise<unknown> {
  switch (name) {
    case 'prepare':
      return prepare(size, ROOT, SHARED, dir);
    case 'ours':
      return runOurs(dir);
    case 'loaded':
      return runLoaded(dir);
    case 'brute':
      return runBrute(dir);
    case 'sqlite':
      return runSqlite(dir);
  }
}

const at = process.argv.indexOf('--role');
if (at >= 0) {
  const result = await role(process.argv[at + 1] as Role, process.argv[at + 2] ?? '', Number(process.argv[at + 3]));
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main();
}

export { main as runRealTextBench };
