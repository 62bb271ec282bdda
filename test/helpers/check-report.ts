/// <reference lib="dom" />
/**
 * Load a review report in headless Chromium and check what it renders against
 * the corpus it was made from: one row per unit with the unit's text, one row
 * per unaligned sentence, each unit in the colour of the legend entry whose
 * range holds its confidence, no network request, a working review filter,
 * and (when the TMX's script differs) a switch to the TMX's Chinese.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { expect } from 'vitest';
import type { Corpus } from '../../src/types';

/** What the check needs of a corpus: units.json has all of it. */
export type ReportedCorpus = Pick<Corpus, 'units' | 'unaligned' | 'articles' | 'summary'>;

/** What else to check: `tmxChinese` converts a unit's Chinese as the TMX holds it, when the page must offer it. */
export interface ReportCheckOptions {
  readonly tmxChinese?: (text: string) => string;
}

export async function checkReportInBrowser(browser: Browser, htmlPath: string, corpus: ReportedCorpus, screenshotPath: string, options: ReportCheckOptions = {}): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const foreignRequests: string[] = [];
  page.on('request', (request) => {
    if (!/^(?:file|data|about):/u.test(request.url())) foreignRequests.push(request.url());
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(pathToFileURL(htmlPath).href);

  const rendered = await page.$$eval('tr.row.unit', (rows) =>
    rows.map((row) => {
      const textOf = (cell: Element | null): string => {
        const copy = cell?.cloneNode(true) as Element | undefined;
        // The line label, and the TMX's converted Chinese (hidden unless switched on).
        copy?.querySelectorAll('.line, .zh-tmx').forEach((label) => {
          label.remove();
        });
        return copy?.textContent ?? '';
      };
      return { id: row.getAttribute('data-unit'), status: row.getAttribute('data-status'), en: textOf(row.querySelector('td.en')), zh: textOf(row.querySelector('td.zh')) };
    }),
  );
  const expected = corpus.units.map((unit) => ({ id: unit.id, status: unit.status, en: unit.en, zh: unit.zh }));
  const byId = <T extends { id: string | null }>(rows: T[]): T[] => [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)));
  expect(byId(rendered)).toEqual(byId(expected));

  const unalignedIds = await page.$$eval('tr.row.unaligned', (rows) => rows.map((row) => row.getAttribute('data-sentence')));
  expect([...unalignedIds].sort()).toEqual(corpus.unaligned.map((u) => u.sentence.id).sort());
  expect(await page.locator('section.article').count()).toBe(corpus.articles.length);
  expect(await page.locator('#summary-accepted .value').textContent()).toBe(String(corpus.summary.units.accepted));

  // The legend follows the threshold: each unit row's colour is that of the legend entry whose range holds its confidence.
  const legend = await page.$$eval('#legend span[data-band]', (spans) =>
    spans.map((span) => ({
      band: span.getAttribute('data-band'),
      min: Number(span.getAttribute('data-min') ?? 'NaN'),
      max: Number(span.getAttribute('data-max') ?? 'NaN'),
      colour: getComputedStyle(span, '::before').backgroundColor,
    })),
  );
  const threshold = corpus.summary.confidenceThreshold;
  expect(legend.filter((entry) => entry.band !== 'none').every((entry) => entry.max <= threshold || entry.min >= threshold)).toBe(true);
  const rowColours = await page.$$eval('tr.row.unit', (rows) =>
    rows.map((row) => ({ confidence: Number(row.getAttribute('data-confidence')), review: row.classList.contains('review'), colour: getComputedStyle(row.querySelector('td') as Element).borderLeftColor })),
  );
  for (const row of rowColours) {
    const entry = legend.find((e) => e.band !== 'none' && row.confidence >= e.min && (row.confidence < e.max || (e.max === 1 && row.confidence <= 1)));
    expect({ ...row, colour: row.colour }, `legend entry for ${row.confidence}`).toEqual({ ...row, colour: entry?.colour });
    expect(row.review).toBe(row.confidence < threshold);
  }
  expect(new Set(legend.map((entry) => entry.colour)).size).toBe(legend.length); // one colour per entry

  // Which script the Chinese is in, and the switch to the TMX's.
  const note = (await page.locator('#script-note').textContent()) ?? '';
  expect(note).toMatch(/^Chinese is shown as in the source: (?:Traditional|Simplified|mixed)/u);
  const toggle = page.locator('#show-tmx-script');
  if (options.tmxChinese) {
    expect(await toggle.count()).toBe(1);
    await toggle.check();
    const visible = await page.$$eval('tr.row.unit', (rows) =>
      rows.map((row) => ({
        id: row.getAttribute('data-unit'),
        zh: Array.from(row.querySelectorAll('td.zh .zh-source, td.zh .zh-tmx'))
          .filter((span) => (span as HTMLElement).offsetParent !== null)
          .map((span) => span.textContent)
          .join(''),
      })),
    );
    expect(byId(visible)).toEqual(byId(corpus.units.map((unit) => ({ id: unit.id, zh: options.tmxChinese?.(unit.zh) ?? '' }))));
    await toggle.uncheck();
  }

  mkdirSync(dirname(screenshotPath), { recursive: true });
  await page.screenshot({ path: screenshotPath, fullPage: false });

  // The filter leaves only rows that need review: units below the threshold and unaligned sentences.
  await page.check('#only-review');
  const visible = await page.$$eval('tr.row', (rows) => rows.filter((row) => (row as HTMLElement).offsetParent !== null).length);
  const needReview = corpus.units.filter((unit) => unit.status === 'review').length + corpus.unaligned.length;
  expect(visible).toBe(needReview);

  expect(foreignRequests).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
}
