/// <reference lib="dom" />
/**
 * Load a review report in headless Chromium and check what it renders against
 * the corpus it was made from: one row per unit with the unit's text, one row
 * per unaligned sentence, no network request, and a working review filter.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { expect } from 'vitest';
import type { Corpus } from '../../src/types';

/** What the check needs of a corpus: units.json has all of it. */
export type ReportedCorpus = Pick<Corpus, 'units' | 'unaligned' | 'articles' | 'summary'>;

export async function checkReportInBrowser(browser: Browser, htmlPath: string, corpus: ReportedCorpus, screenshotPath: string): Promise<void> {
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
        copy?.querySelectorAll('.line').forEach((label) => {
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
