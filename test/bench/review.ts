/**
 * npm run bench:review — the review page on a SYNTHETIC corpus of 10,010 units (the seed's
 * articles repeated, see test/helpers/synthetic-review-corpus.ts) and on the seed: server start,
 * the state's size, and in headless Chromium the time to the first rows and the frame times
 * while scrolling (300 frames, 120 px a frame, a jump far away every 30th frame), each run on a
 * fresh page. Prints every run and the median. Bar: open ≤ 2 s; scrolling smooth.
 */
import { launchChromium } from '../helpers/browser';
import { api, seedOutCopy, serveReview } from '../helpers/review-folder';
import { formatPerf, measureReviewPage, PERF_TABLE_HEAD, type PagePerf } from '../helpers/review-page-perf';
import { SEED_NAME } from '../helpers/seed-review';
import { SYNTHETIC_NAME, writeSyntheticCorpus } from '../helpers/synthetic-review-corpus';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const browser = await launchChromium();
const rows: string[] = [];
for (const [label, dir, name] of [
  ['seed (65 units)', seedOutCopy(), SEED_NAME],
  ['SYNTHETIC 10,010 units', writeSyntheticCorpus().dir, SYNTHETIC_NAME],
] as const) {
  const started = performance.now();
  const server = await serveReview(dir, [], name);
  const startMs = performance.now() - started;
  const state = await fetch(new URL('/api/state', server.url), { headers: { 'x-review-token': new URL(server.url).searchParams.get('token') ?? '' } });
  const bytes = (await state.arrayBuffer()).byteLength;
  await api(server, '/api/revision');
  const runs: PagePerf[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    runs.push(await measureReviewPage(page, server.url));
    await page.close();
    rows.push(formatPerf(`${label}, run ${run + 1}`, runs[runs.length - 1] as PagePerf));
  }
  const median = (pick: (p: PagePerf) => number): number => [...runs.map(pick)].sort((a, b) => a - b)[Math.floor(runs.length / 2)] ?? 0;
  const medianRun: PagePerf = {
    openMs: median((p) => p.openMs),
    scroll: { frames: median((p) => p.scroll.frames), p50Ms: median((p) => p.scroll.p50Ms), p95Ms: median((p) => p.scroll.p95Ms), maxMs: median((p) => p.scroll.maxMs), slowFrames: median((p) => p.scroll.slowFrames) },
    renderP95Ms: median((p) => p.renderP95Ms),
    renderMaxMs: median((p) => p.renderMaxMs),
    longTasks: median((p) => p.longTasks),
    rowsInDom: median((p) => p.rowsInDom),
  };
  rows.push(formatPerf(`**${label}, median of ${RUNS}**`, medianRun));
  console.error(`${label}: server start ${Math.round(startMs)} ms, state ${(bytes / 1e6).toFixed(1)} MB`);
  await server.close();
}
await browser.close();
console.log(`Review page, headless Chromium ${browser.version()} (software rendering), Node ${process.version}\n\n${PERF_TABLE_HEAD}\n${rows.join('\n')}`);
