/// <reference lib="dom" />
/**
 * Measure the review page in Chromium with the browser's performance API:
 * the time from navigation to the first rows shown, and frame times while
 * the list scrolls (smooth scrolling, then jumps to far places).
 */
import type { Page } from 'playwright-core';
import { maxOf } from '../../src/min-max';

/** What one measurement found. */
export interface PagePerf {
  /** performance.now() when the page showed its rows (ms since navigation start). */
  readonly openMs: number;
  /** Frames while scrolling 120 px a frame. */
  readonly scroll: FrameStats;
  /** Time the list's render took per frame (our code only), p95 and max, ms. */
  readonly renderP95Ms: number;
  readonly renderMaxMs: number;
  /** Long tasks (> 50 ms) seen while scrolling. */
  readonly longTasks: number;
  /** Rows in the DOM at the end (the list is virtual). */
  readonly rowsInDom: number;
}

export interface FrameStats {
  readonly frames: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  /** Frames over 33 ms (a dropped frame at 60 Hz or worse). */
  readonly slowFrames: number;
}

/** Open `url` and measure; `frames` frames of scrolling. */
export async function measureReviewPage(page: Page, url: string, frames = 300): Promise<PagePerf> {
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  const openMs = await page.evaluate(() => (window as unknown as { reviewPage: { ready: number } }).reviewPage.ready);
  const result = await page.evaluate(async (count) => {
    const list = document.getElementById('list') as HTMLElement;
    const perf = (window as unknown as { reviewPage: { renders: number[] } }).reviewPage;
    perf.renders.length = 0;
    let longTasks = 0;
    const observer = new PerformanceObserver((entries) => {
      longTasks += entries.getEntries().length;
    });
    try {
      observer.observe({ entryTypes: ['longtask'] });
    } catch {
      // longtask is Chromium-only; nothing to count elsewhere.
    }
    const intervals: number[] = [];
    await new Promise<void>((resolve) => {
      let last = performance.now();
      let n = 0;
      const frame = (): void => {
        const now = performance.now();
        if (n > 0) intervals.push(now - last);
        last = now;
        n++;
        // Smooth scrolling for most frames; every 30th frame jumps somewhere far.
        list.scrollTop = n % 30 === 0 ? Math.floor(((n * 7919) % 1000) / 1000 * list.scrollHeight) : list.scrollTop + 120;
        if (n <= count) requestAnimationFrame(frame);
        else resolve();
      };
      requestAnimationFrame(frame);
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    const sorted = (values: number[]): number[] => [...values].sort((a, b) => a - b);
    const at = (values: number[], q: number): number => sorted(values)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? 0;
    return {
      scroll: { frames: intervals.length, p50Ms: at(intervals, 0.5), p95Ms: at(intervals, 0.95), maxMs: maxOf(intervals), slowFrames: intervals.filter((v) => v > 33.4).length },
      renderP95Ms: at(perf.renders, 0.95),
      renderMaxMs: Math.max(0, maxOf(perf.renders)),
      longTasks,
      rowsInDom: list.querySelectorAll('.vlist-row').length,
    };
  }, frames);
  return { openMs, ...result };
}

/** One table row of a measurement. */
export function formatPerf(label: string, perf: PagePerf): string {
  const f = (n: number): string => n.toFixed(1);
  return `| ${label} | ${Math.round(perf.openMs)} | ${f(perf.scroll.p50Ms)} | ${f(perf.scroll.p95Ms)} | ${f(perf.scroll.maxMs)} | ${perf.scroll.slowFrames}/${perf.scroll.frames} | ${f(perf.renderP95Ms)} | ${f(perf.renderMaxMs)} | ${perf.longTasks} | ${perf.rowsInDom} |`;
}

export const PERF_TABLE_HEAD = `| corpus | open (ms) | frame p50 (ms) | frame p95 (ms) | frame max (ms) | frames > 33 ms | list render p95 (ms) | list render max (ms) | long tasks | rows in DOM |
|---|---|---|---|---|---|---|---|---|---|`;
