/**
 * One size of the lookup benchmark, run in a process of its own (see
 * lookup.ts): synthesise the memory, build, query, save, load in yet another
 * process, compare with brute force and (on small sizes) fuse.js.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import Fuse from 'fuse.js';
import { loadLexicon } from '../../src/lexicon/load-lexicon';
import { TranslationMemory } from '../../src/tm/translation-memory';
import type { TranslationUnit } from '../../src/types';
import { seededRandom } from '../helpers/seeded-random';
import { BruteForce, type BruteMatch } from './brute-force';
import { makeQueries, seedSentences, type BenchQuery } from './lookup-queries';
import { buildPools, synthesizeUnits, UnitSynthesizer } from './synthesize-tm';

/** Latency summary in milliseconds. */
export interface Latency {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
}

/** What the loading process reports. */
export interface LoadedResult {
  readonly loadMs: number;
  readonly peakRss: number;
  readonly latency: Latency;
  /** Top-5 of every query, as `unitIndex:score` strings, to compare with the building process. */
  readonly tops: readonly string[];
}

/** Everything one size reports. */
export interface SizeResult {
  readonly size: number;
  readonly meanTokens: { readonly en: number; readonly zh: number };
  readonly buildMs: number;
  /** The first lookup after the build, before any warm-up (cold code). */
  readonly coldMs: number;
  /** RSS before the build (units generated, lexicon dropped) and the process's peak after build and queries. */
  readonly baselineRss: number;
  readonly peakRss: number;
  readonly latency: Latency;
  readonly byKind: Record<string, Latency>;
  readonly top1Agreement: number;
  readonly top1Disagreements: number;
  readonly top5Agreement: number;
  readonly noMatchQueries: number;
  /** No-match queries that got a match ≥ 0.75 from the memory. */
  readonly falsePositives: number;
  /** The same, by brute force (a real near-duplicate in the memory, not a filter error). */
  readonly bruteFalsePositives: number;
  readonly brute: Latency;
  readonly file: {
    readonly bytes: number;
    readonly saveMs: number;
    readonly loadMs: number;
    readonly loadedPeakRss: number;
    readonly loadedLatency: Latency;
    readonly sameResults: boolean;
  };
  readonly fuse?: FuseResult;
}

/** fuse.js on a subset. */
export interface FuseResult {
  readonly queries: number;
  readonly buildMs: number;
  readonly p50: number;
  readonly top1Agreement: number;
}

const MIN_SCORE = 0.75;
const LIMIT = 5;
/** fuse.js scans every unit with a bitap matcher per query: only this many queries, on memories up to FUSE_MAX_UNITS. */
const FUSE_QUERIES = 20;
const FUSE_MAX_UNITS = 40_000;

function summarize(times: readonly number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1) ?? 0, mean: sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length) };
}

const peakRss = (): number => process.resourceUsage().maxRSS * 1024;
const gc = (): void => {
  (globalThis as { gc?: () => void }).gc?.();
};

/** Run every query once, timing each lookup alone. */
function runQueries(tm: TranslationMemory, queries: readonly BenchQuery[]): { times: number[]; tops: string[]; found: number[][] } {
  const times: number[] = [];
  const tops: string[] = [];
  const found: number[][] = [];
  for (const query of queries) {
    const start = performance.now();
    const matches = tm.lookup(query.text, { lang: query.lang, minScore: MIN_SCORE, limit: LIMIT });
    times.push(performance.now() - start);
    tops.push(matches.map((m) => `${m.unitIndex}:${m.score}`).join(' '));
    found.push(matches.map((m) => m.score));
  }
  return { times, tops, found };
}

/**
 * Queries run before timing, so the timed ones measure compiled code, not
 * V8's warm-up: every 10th of a second query set (another seed), 200 in all.
 */
const warmUp = (tm: TranslationMemory, queries: readonly BenchQuery[]): void => {
  for (let q = 0; q < queries.length; q += 10) {
    const query = queries[q] as BenchQuery;
    tm.lookup(query.text, { lang: query.lang, minScore: MIN_SCORE, limit: LIMIT });
  }
};

/** The memory, the queries and the warm-up queries of one size (deterministic). */
function workload(size: number, seedText: string): { units: TranslationUnit[]; queries: BenchQuery[]; warmUpQueries: BenchQuery[] } {
  const lexicon = loadLexicon();
  const pools = buildPools(lexicon, 0);
  const heldOut = new UnitSynthesizer(seededRandom(7), buildPools(lexicon, 1), true);
  const units = synthesizeUnits(seededRandom(20221115), pools, size);
  const words = [...new Set(pools.nouns.flatMap(([en]) => en.split(' ')))];
  const chars = [...new Set(pools.nouns.flatMap(([, zh]) => Array.from(zh)))];
  const seed = seedSentences(seedText);
  const queries = makeQueries(seededRandom(size), units, { words, chars }, seed, () => heldOut.next());
  const warmUpQueries = makeQueries(seededRandom(size + 1), units, { words, chars }, { en: [], zh: [] }, () => heldOut.next());
  return { units, queries, warmUpQueries };
}

/** Benchmark one size; `load` runs the saved index in a fresh process. */
export function runSize(size: number, seedText: string, base: string, load: (indexFile: string, queryFile: string) => LoadedResult): SizeResult {
  const { units, queries, warmUpQueries } = workload(size, seedText);
  gc();
  const baselineRss = process.memoryUsage().rss;

  const buildStart = performance.now();
  const tm = TranslationMemory.fromUnits(units);
  const buildMs = performance.now() - buildStart;
  const cold = runQueries(tm, queries.slice(0, 1)).times[0] ?? 0;
  warmUp(tm, warmUpQueries);
  const ours = runQueries(tm, queries);
  const peak = peakRss();

  const indexFile = `${base}.tmidx`;
  const queryFile = `${base}.queries.json`;
  const saveStart = performance.now();
  tm.save(indexFile);
  const saveMs = performance.now() - saveStart;
  writeFileSync(queryFile, JSON.stringify({ queries, warmUpQueries }));
  const loaded = load(indexFile, queryFile);

  const brute = new BruteForce(units);
  const bruteTimes: number[] = [];
  const bruteTops: BruteMatch[][] = [];
  for (const query of queries) {
    const start = performance.now();
    bruteTops.push(brute.search(query.text, query.lang, MIN_SCORE, LIMIT));
    bruteTimes.push(performance.now() - start);
  }
  let top1 = 0;
  let top5 = 0;
  let falsePositives = 0;
  let bruteFalsePositives = 0;
  queries.forEach((query, q) => {
    const truth = bruteTops[q] ?? [];
    const mine = ours.tops[q] ?? '';
    // Top-1 agrees when both find nothing or both best scores are equal (ties allowed).
    if ((truth[0]?.score ?? -1) === (ours.found[q]?.[0] ?? -1)) top1++;
    if (truth.map((m) => `${m.unit}:${m.score}`).join(' ') === mine) top5++;
    if (query.kind === 'no-match') {
      if ((ours.found[q]?.length ?? 0) > 0) falsePositives++;
      if (truth.length > 0) bruteFalsePositives++;
    }
  });

  const byKind: Record<string, number[]> = {};
  queries.forEach((query, q) => (byKind[`${query.kind} ${query.lang}`] ??= []).push(ours.times[q] ?? 0));

  return {
    size,
    meanTokens: { en: brute.meanTokens('en'), zh: brute.meanTokens('zh') },
    buildMs,
    coldMs: cold,
    baselineRss,
    peakRss: peak,
    latency: summarize(ours.times),
    byKind: Object.fromEntries(Object.entries(byKind).map(([kind, times]) => [kind, summarize(times)])),
    top1Agreement: top1 / queries.length,
    top1Disagreements: queries.length - top1,
    top5Agreement: top5 / queries.length,
    noMatchQueries: queries.filter((q) => q.kind === 'no-match').length,
    falsePositives,
    bruteFalsePositives,
    brute: summarize(bruteTimes),
    file: {
      bytes: statSync(indexFile).size,
      saveMs,
      loadMs: loaded.loadMs,
      loadedPeakRss: loaded.peakRss,
      loadedLatency: loaded.latency,
      sameResults: loaded.tops.every((top, q) => top === ours.tops[q]),
    },
    ...(size <= FUSE_MAX_UNITS ? { fuse: runFuse(units, queries, bruteTops, brute) } : {}),
  };
}

/** fuse.js on the first FUSE_QUERIES queries (spread over the kinds): latency and whether its best unit scores as brute force's best. */
function runFuse(units: readonly TranslationUnit[], queries: readonly BenchQuery[], bruteTops: readonly BruteMatch[][], brute: BruteForce): FuseResult {
  const buildStart = performance.now();
  const options = { includeScore: true, ignoreLocation: true, threshold: 0.4 };
  const fuses = { en: new Fuse(units.map((u) => u.en), options), zh: new Fuse(units.map((u) => u.zh), options) };
  const buildMs = performance.now() - buildStart;
  const step = Math.floor(queries.length / FUSE_QUERIES);
  const times: number[] = [];
  let agree = 0;
  for (let q = 0; q < queries.length; q += step) {
    const query = queries[q] as BenchQuery;
    const start = performance.now();
    const best = fuses[query.lang].search(query.text, { limit: LIMIT })[0];
    times.push(performance.now() - start);
    const truth = bruteTops[q]?.[0];
    const bestScore = best === undefined ? -1 : brute.scoreTexts(query.text, units[best.refIndex]?.[query.lang] ?? '');
    if (truth === undefined ? bestScore < MIN_SCORE : bestScore === truth.score) agree++;
  }
  return { queries: times.length, buildMs, p50: summarize(times).p50, top1Agreement: agree / times.length };
}

/** The loading process: open the saved index, run the same queries. */
export function runLoaded(indexFile: string, queryFile: string): LoadedResult {
  const { queries, warmUpQueries } = JSON.parse(readFileSync(queryFile, 'utf8')) as { queries: BenchQuery[]; warmUpQueries: BenchQuery[] };
  gc();
  const start = performance.now();
  const tm = TranslationMemory.load(indexFile);
  const loadMs = performance.now() - start;
  warmUp(tm, warmUpQueries);
  const { times, tops } = runQueries(tm, queries);
  return { loadMs, peakRss: peakRss(), latency: summarize(times), tops };
}
