/**
 * The review page in a real browser (Debian's chromium through playwright-core):
 * keyboard and mouse decisions on the seed, reloads, the files on disk; two
 * tabs saving in turn; a 10,000-unit synthetic corpus opened and scrolled,
 * measured with the browser's performance API and printed (the table lives in
 * test/bench/review.md; only a generous sanity bound is asserted here).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewServer } from '../../src/cli/review/review-server';
import { parseReviewLog } from '../../src/review/parse-review-log';
import { parseTermsTsv } from '../../src/terms/io/parse-terms-tsv';
import { parseTmx } from '../../src/tmx/read/parse-tmx';
import { browserSkipReason, launchChromium } from '../helpers/browser';
import { formatPerf, measureReviewPage, PERF_TABLE_HEAD } from '../helpers/review-page-perf';
import { seedOutCopy, serveReview } from '../helpers/review-folder';
import { SEED_NAME, seedBase, unitById } from '../helpers/seed-review';
import { toSimplified } from '../../src/chinese/convert-script';
import { SYNTHETIC_NAME, writeSyntheticCorpus } from '../helpers/synthetic-review-corpus';

const ROOT = resolve(import.meta.dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'test/artifacts');
const hasChromium = browserSkipReason('the review page in a real browser (test/review/review.browser.test.ts)') === undefined;

let browser: Browser;
const servers: ReviewServer[] = [];
beforeAll(async () => {
  if (hasChromium) browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  if (hasChromium) await browser.close();
});

async function serve(dir: string, name?: string): Promise<ReviewServer> {
  const server = await serveReview(dir, [], name);
  servers.push(server);
  return server;
}

/** A page on the server, failing the test on any script error or request elsewhere. */
async function openPage(server: ReviewServer): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const origin = new URL(server.url).origin;
  page.on('pageerror', (error) => {
    throw error;
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) throw new Error(`the page asked for ${request.url()}`);
  });
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

/** From the top, press j until the unit (or sentence) row is selected. */
async function selectRow(page: Page, key: string): Promise<void> {
  await page.keyboard.press('Home');
  for (let i = 0; i < 400; i++) {
    if ((await page.getAttribute('.row.selected', 'data-key')) === key) return;
    await page.keyboard.press('j');
  }
  throw new Error(`row ${key} not reached`);
}

async function revision(page: Page, n: number): Promise<void> {
  await page.waitForSelector(`body[data-revision="${n}"]`);
}

const file = (dir: string, suffix: string, name = SEED_NAME): string => readFileSync(join(dir, `${name}.${suffix}`), 'utf8');
const tmxUnits = (dir: string): ReturnType<typeof parseTmx>['value']['units'] => parseTmx(file(dir, 'tmx')).value.units;

describe.skipIf(!hasChromium)('review page in a real browser', () => {
  it('bar: rejecting one unit and merging two rows leaves the TMX one unit less, the merged unit with both sentences, both decisions in the review file', async () => {
    const dir = seedOutCopy();
    const server = await serve(dir);
    const page = await openPage(server);
    expect(await page.textContent('#counts')).toMatch(/^65 units: 65 accepted/u);
    // Reject a2-u3, then merge a2-u2 with the row after it: a2-u3's Chinese sentence, now unaligned.
    await selectRow(page, 'u:a2-en-3|a2-zh-3');
    await page.keyboard.press('x');
    await revision(page, 1);
    await selectRow(page, 'u:a2-en-2|a2-zh-2');
    await page.keyboard.press('m');
    await revision(page, 2);
    await server.outputsWritten();
    const units = tmxUnits(dir);
    expect(units).toHaveLength(64);
    const merged = units.find((u) => u.tuid === 'a2-u2');
    // Both Chinese sentences (converted to Simplified in the TMX) are in the merged unit.
    const seed = seedBase().corpus;
    const both = toSimplified(unitById(seed, 'a2-u2').zh + unitById(seed, 'a2-u3').zh);
    expect(merged?.variants.find((v) => v.lang === 'zh-CN')?.text).toBe(both);
    expect(merged?.variants.find((v) => v.lang === 'en')?.text).toBe(unitById(seed, 'a2-u2').en);
    const log = parseReviewLog(file(dir, 'review.jsonl'));
    expect(log.saves.flatMap((s) => s.decisions.map((d) => d.op))).toEqual(['reject', 'merge']);
    expect(log.saves.every((s) => s.who !== '' && !Number.isNaN(Date.parse(s.at)))).toBe(true);
    const reviewed = JSON.parse(file(dir, 'units.json')) as { units: { id: string; sentences: { en: string[]; zh: string[] } }[]; unaligned: { sentence: { id: string } }[] };
    expect(reviewed.units.find((u) => u.id === 'a2-u2')?.sentences).toEqual({ en: ['a2-en-2'], zh: ['a2-zh-2', 'a2-zh-3'] });
    expect(reviewed.unaligned.map((u) => u.sentence.id)).toEqual(['a2-en-3']);
    await page.close();
  });

  it('confirms, rejects, splits, merges, moves, edits units and confirms, rejects, edits term pairs; a reload shows it all; the files say it', async () => {
    const dir = seedOutCopy();
    const server = await serve(dir);
    const page = await openPage(server);
    let rev = 0;
    const next = async (): Promise<void> => {
      await revision(page, ++rev);
    };
    // Confirm the first unit (selected on load) with the keyboard.
    await page.keyboard.press('c');
    await next();
    // Reject a0-u3 with the mouse.
    await selectRow(page, 'u:a0-en-3|a0-zh-3');
    await page.click('.row.selected button[data-act="reject"]');
    await next();
    // Split the 2-1 unit a0-u8: the default cut leaves one English sentence on its own.
    await selectRow(page, 'u:a0-en-8,a0-en-9|a0-zh-8');
    await page.keyboard.press('s');
    await page.waitForSelector('.row.splitting .cut');
    await page.keyboard.press('Enter');
    await next();
    // Merge a2-u0 with a2-u1 (two units).
    await selectRow(page, 'u:a2-en-0|a2-zh-0');
    await page.keyboard.press('m');
    await next();
    // Move the last English sentence of a3-u0 (2-1) into the unit below.
    await selectRow(page, 'u:a3-en-0,a3-en-1|a3-zh-0');
    await page.keyboard.press(']');
    await next();
    // Edit the English side of a4-u0.
    await selectRow(page, 'u:a4-en-0|a4-zh-0');
    await page.keyboard.press('e');
    await page.fill('.editing textarea', 'An edited English sentence.');
    await page.keyboard.press('Enter');
    await next();
    // Term pairs: confirm one from the review list, reject one, correct one.
    await page.keyboard.press('t');
    await page.selectOption('#f-status', 'review');
    const doubtful = await page.getAttribute('.row.selected', 'data-key');
    await page.keyboard.press('c');
    await next();
    await page.selectOption('#f-status', 'termbase');
    const wrong = await page.getAttribute('.row.selected', 'data-key');
    await page.keyboard.press('x');
    await next();
    const typo = await page.getAttribute('.row.selected', 'data-key');
    await page.keyboard.press('e');
    await page.fill('.editing .term-en', 'Corrected Name');
    await page.keyboard.press('Enter');
    await next();
    await page.screenshot({ path: join(ARTIFACTS, 'review-terms.png') });

    // Search finds the Traditional text from a Simplified query.
    await page.keyboard.press('t');
    await page.selectOption('#f-status', 'all');
    await page.fill('#search', '重庆');
    await page.waitForFunction(() => document.querySelectorAll('.row mark').length > 0);
    await page.fill('#search', '');

    // Reload: everything is still there.
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.textContent('#counts')).toMatch(/^63 units: 57 accepted · 0 below threshold · 1 confirmed · 5 corrected · 3 unaligned sentences/u);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'review.png') });
    await server.outputsWritten();

    const log = parseReviewLog(file(dir, 'review.jsonl'));
    expect(log.saves.flatMap((s) => s.decisions.map((d) => d.op))).toEqual(['confirm', 'reject', 'split', 'merge', 'move', 'edit', 'confirm-term', 'reject-term', 'edit-term']);
    const units = tmxUnits(dir);
    expect(units).toHaveLength(63);
    const confirmed = units.find((u) => u.tuid === 'a0-u0');
    expect(confirmed?.attributes).toMatchObject({ changedate: '20261201T101500Z', changeid: 'tester' });
    expect(confirmed?.props).toContainEqual({ type: 'x-status', value: 'confirmed' });
    expect(units.find((u) => u.tuid === 'a0-u8')?.props).toContainEqual({ type: 'x-status', value: 'corrected' });
    expect(units.find((u) => u.tuid === 'a4-u0')?.variants[0]?.text).toBe('An edited English sentence.');
    expect(units.find((u) => u.tuid === 'a2-u0')?.props).toContainEqual({ type: 'x-bead', value: '2-2' });
    const terms = parseTermsTsv(file(dir, 'terms.tsv'));
    const key = (t: { type: string; en: string; zh: string }): string => `${t.type}|${t.en}|${t.zh}`;
    expect(terms.map(key)).toContain(doubtful);
    expect(terms.map(key)).not.toContain(wrong);
    expect(terms.map(key)).not.toContain(typo);
    expect(terms.some((t) => t.en === 'Corrected Name')).toBe(true);
    expect(file(dir, 'terms.tbx')).toContain('Corrected Name');
    expect(parseTermsTsv(file(dir, 'terms.review.tsv')).map(key)).not.toContain(doubtful);
    await page.close();
  });

  it('two tabs saving in turn lose nothing: the stale tab is told (409), reloads and saves again', async () => {
    const dir = seedOutCopy();
    const server = await serve(dir);
    const [a, b] = [await openPage(server), await openPage(server)];
    const conflicts: number[] = [];
    b.on('response', (response) => {
      if (response.url().endsWith('/api/save') && response.status() === 409) conflicts.push(409);
    });
    await a.keyboard.press('c');
    await revision(a, 1);
    // Tab b still shows revision 0: its save is stale.
    await selectRow(b, 'u:a0-en-2|a0-zh-2');
    await b.keyboard.press('x');
    await revision(b, 2);
    expect(conflicts).toEqual([409]);
    expect(await b.getAttribute('.row[data-unit="a0-u0"]', 'data-status')).toBe('confirmed');
    const log = parseReviewLog(file(dir, 'review.jsonl'));
    expect(log.saves.map((s) => s.decisions.map((d) => d.op))).toEqual([['confirm'], ['reject']]);
    // Tab a follows (it polls the revision) and shows b's rejection.
    await a.waitForSelector('.row.unaligned[data-key="s:a0-en-2"]', { timeout: 10_000 });
    await Promise.all([a.close(), b.close()]);
  });

  it('opens a 10,000-unit synthetic corpus within 2 s and scrolls smoothly (virtual list); prints the numbers', async () => {
    const { dir, units } = writeSyntheticCorpus();
    expect(units).toBe(10_010);
    const server = await serve(dir, SYNTHETIC_NAME);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const perf = await measureReviewPage(page, server.url);
    console.log(`review page, SYNTHETIC corpus of ${units} units (headless Chromium, shared 2-core VM; see test/bench/review.md):\n${PERF_TABLE_HEAD}\n${formatPerf(`synthetic ${units}`, perf)}`);
    expect(perf.rowsInDom).toBeLessThan(200);
    // Sanity bounds only (the machine is shared and noisy): the bar is 2 s, the table has the numbers.
    expect(perf.openMs).toBeLessThan(10_000);
    expect(perf.renderP95Ms).toBeLessThan(100);
    await page.close();
  });

  it('works the same from the built package (dist/cli.js: the page script is the bundled functions\' text)', async () => {
    const cli = join(ROOT, 'dist/cli.js');
    if (!existsSync(cli)) {
      console.warn('SKIPPED the built page check: no dist/cli.js (npm test builds it first).');
      return;
    }
    const dir = seedOutCopy();
    const child = spawn(process.execPath, [cli, 'review', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolveUrl, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=\w+/u.exec(out);
          if (match) resolveUrl(match[0]);
        });
        child.on('exit', (code) => {
          reject(new Error(`bitext-tm review exited with ${code}`));
        });
      });
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(url);
      await page.waitForSelector('body[data-ready="true"]');
      await page.keyboard.press('c');
      await page.waitForSelector('body[data-revision="1"]');
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('renders Chinese with a CJK font (fonts-noto-cjk; .ci/run installs it)', async () => {
    let fonts = '';
    try {
      fonts = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim();
    } catch {
      // No fontconfig: no font for Chinese either.
    }
    if (fonts === '' && process.env['CI'] === undefined) {
      console.warn('SKIPPED the CJK font check: no font for Chinese (install fonts-noto-cjk; .ci/run does).');
      return;
    }
    expect(fonts).not.toBe('');
    const server = await serve(seedOutCopy());
    const page = await openPage(server);
    // A Han character drawn with a CJK font is about as wide as it is high; a missing glyph box is narrower.
    const width = await page.evaluate(() => {
      const span = document.createElement('span');
      span.style.font = '40px "Noto Sans CJK SC", sans-serif';
      span.textContent = '重慶';
      document.body.append(span);
      return span.getBoundingClientRect().width;
    });
    expect(width).toBeGreaterThan(70);
    await page.close();
  });
});
