/**
 * `npm run bench:lookup`: fuzzy lookup on real-text memories of 40k, 200k and
 * 1M units first (lookup-real.ts: built at run time from the public parallel
 * text in $BITEXT_SHARED, with brute force, SQLite FTS5 and the CLI batch run),
 * then on synthetic-template memories of the same sizes (see synthesize-tm.ts),
 * 2,000 queries each (see lookup-queries.ts). Each size runs in its own
 * process so peak memory is that size's alone.
 *
 * Reports: index build time, peak memory (max RSS of the process: units,
 * index and queries), p50/p95/p99 latency, top-1 agreement with a brute-force
 * scan (fastest-levenshtein), false positives (no-match queries answered at
 * ≥ 0.75), save/load time of the index file and, on 40k, fuse.js on a subset.
 *
 * Options: --sizes 40000,200000 (default 40000,200000,1000000); --real or
 * --synthetic to run one part only; --no-sqlite to leave SQLite out (its 1M
 * run alone takes an hour).
 * Reads the seed from $BITEXT_SHARED or ../shared (exit 2 when absent).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runRealTextBench } from './lookup-real';
import { runLoaded, runSize, type SizeResult } from './lookup-run';
import { maxOf } from '../../src/min-max';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const SHARED = process.env['BITEXT_SHARED'] ?? join(ROOT, '..', 'shared');
const SEED = join(SHARED, 'seed', 'chongqing-fao-2022.en-zh.txt');

const percent = (x: number): string => `${(100 * x).toFixed(1)} %`;
const ms = (x: number): string => (x < 10 ? x.toFixed(3) : x.toFixed(1));
const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, c) => maxOf(rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows.map((r) => `| ${r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ')} |`).join('\n');
}

/** Run one size; loading the saved index is measured in a fresh process of its own. */
function child(size: number): void {
  const base = join(tmpdir(), `bitext-tm-bench-${process.pid}`);
  try {
    const result = runSize(size, readFileSync(SEED, 'utf8'), base, (indexFile, queryFile) => {
      const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--load', indexFile, queryFile], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'inherit'],
        maxBuffer: 64 * 2 ** 20,
      });
      if (run.status !== 0) throw new Error(`loader failed with status ${run.status}`);
      return JSON.parse(run.stdout.toString('utf8').trim().split('\n').pop() ?? '{}') as ReturnType<typeof runLoaded>;
    });
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    rmSync(`${base}.tmidx`, { force: true });
    rmSync(`${base}.queries.json`, { force: true });
  }
}

function main(): void {
  if (!process.argv.includes('--synthetic')) runRealTextBench();
  if (process.argv.includes('--real')) return;
  if (!existsSync(SEED)) {
    console.log(`bench:lookup needs the seed text at ${SEED} (set BITEXT_SHARED); not found, nothing measured.`);
    process.exit(2);
  }
  const sizesArg = process.argv.indexOf('--sizes');
  const sizes = (sizesArg >= 0 ? (process.argv[sizesArg + 1] ?? '') : '40000,200000,1000000').split(',').map(Number);
  const results: SizeResult[] = [];
  for (const size of sizes) {
    console.error(`… ${size.toLocaleString('en')} units`);
    const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--child', String(size)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 2 ** 20,
    });
    if (run.status !== 0) throw new Error(`child for ${size} units failed with status ${run.status}`);
    results.push(JSON.parse(run.stdout.toString('utf8').trim().split('\n').pop() ?? '{}') as SizeResult);
  }
  print(results);
}

function print(results: readonly SizeResult[]): void {
  console.log(`\n## Synthetic templates, not real text (node ${process.version}, one process per size, single-threaded; minScore 0.75, limit 5)\n`);
  console.log(
    table([
      ['units', 'build', 'peak RSS (before build)', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'top-1 = brute', 'top-5 = brute', 'false pos. (brute)', 'brute p50 ms', 'speed-up p50'],
      ...results.map((r) => [
        r.size.toLocaleString('en'),
        `${(r.buildMs / 1000).toFixed(1)} s`,
        `${mb(r.peakRss)} (${mb(r.baselineRss)})`,
        ms(r.latency.p50),
        ms(r.latency.p95),
        ms(r.latency.p99),
        ms(r.latency.max),
        `${percent(r.top1Agreement)} (${r.top1Disagreements})`,
        percent(r.top5Agreement),
        `${r.falsePositives} / ${r.noMatchQueries} (${r.bruteFalsePositives})`,
        ms(r.brute.p50),
        `${(r.brute.p50 / r.latency.p50).toFixed(0)}×`,
      ]),
    ]),
  );
  console.log('\nLatency by query kind (p50 / p99 ms; 500 fuzzy and 250 exact per language, 500 no-match) and mean tokens per unit:\n');
  console.log(
    table([
      ['units', ...Object.keys(results[0]?.byKind ?? {}), 'tokens en / zh'],
      ...results.map((r) => [
        r.size.toLocaleString('en'),
        ...Object.values(r.byKind).map((k) => `${ms(k.p50)} / ${ms(k.p99)}`),
        `${r.meanTokens.en.toFixed(1)} / ${r.meanTokens.zh.toFixed(1)}`,
      ]),
    ]),
  );
  console.log(`\nFirst lookup after the build, before the 200 warm-up queries: ${results.map((r) => `${ms(r.coldMs)} ms (${r.size.toLocaleString('en')})`).join(', ')}.`);
  console.log('\nIndex file:\n');
  console.log(
    table([
      ['units', 'file size', 'save', 'load (read + check)', 'peak RSS: load + 2,000 queries', 'p50 / p99 ms after load', 'same matches'],
      ...results.map((r) => [
        r.size.toLocaleString('en'),
        mb(r.file.bytes),
        `${ms(r.file.saveMs)} ms`,
        `${ms(r.file.loadMs)} ms`,
        mb(r.file.loadedPeakRss),
        `${ms(r.file.loadedLatency.p50)} / ${ms(r.file.loadedLatency.p99)}`,
        r.file.sameResults ? 'yes' : 'NO',
      ]),
    ]),
  );
  for (const r of results) {
    if (!r.fuse) continue;
    console.log(
      `\nfuse.js 7 on ${r.size.toLocaleString('en')} units, first ${r.fuse.queries} queries (too slow for all 2,000): ` +
        `p50 ${ms(r.fuse.p50)} ms (${(r.fuse.p50 / r.latency.p50).toFixed(0)}× ours), top-1 = brute force ${percent(r.fuse.top1Agreement)}, index ${ms(r.fuse.buildMs)} ms.`,
    );
  }
}

if (process.argv.includes('--child')) child(Number(process.argv[process.argv.indexOf('--child') + 1]));
else if (process.argv.includes('--load')) {
  const at = process.argv.indexOf('--load');
  process.stdout.write(`${JSON.stringify(runLoaded(process.argv[at + 1] ?? '', process.argv[at + 2] ?? ''))}\n`);
} else main();
