import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toSimplified } from '../../src/chinese/convert-script';
import { renderReport } from '../../src/report/render-report';
import type { Corpus } from '../../src/types';
import { BROWSER_REQUIRED, browserSkipReason, launchChromium } from '../helpers/browser';
import { checkReportInBrowser, type ReportedCorpus } from '../helpers/check-report';

const ROOT = resolve(import.meta.dirname, '..', '..');
const skipped = browserSkipReason('the review report in a real browser (test/report/report.browser.test.ts)');
let browser: Browser;

beforeAll(async () => {
  if (skipped === undefined) browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  if (skipped === undefined) await browser.close();
});

describe.skipIf(skipped !== undefined)('review report in a real browser', () => {
  it('has a CJK font to draw the Chinese with (the screenshots show Chinese, not boxes)', () => {
    const fonts = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
    const found = fonts.status === 0 && fonts.stdout.trim().length > 0;
    if (!found && !BROWSER_REQUIRED) console.warn('No CJK font (fc-list :lang=zh): the screenshots in test/artifacts show boxes; scripts/install-browser.sh installs fonts-noto-cjk.');
    expect(found || !BROWSER_REQUIRED).toBe(true);
  });

  it('renders every unit and unaligned sentence of a small corpus, escaped, offline', async () => {
    const corpus = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/report/small-corpus.json'), 'utf8')) as Corpus;
    // Premise: the fixture has a unit with markup-like text, a review unit and unaligned sentences in both languages.
    expect(corpus.units.some((unit) => unit.en.includes('<b>'))).toBe(true);
    expect(corpus.units.some((unit) => unit.status === 'review')).toBe(true);
    expect(new Set(corpus.unaligned.map((u) => u.sentence.lang))).toEqual(new Set(['en', 'zh']));
    const html = join(mkdtempSync(join(tmpdir(), 'bitext-report-')), 'small.report.html');
    writeFileSync(html, renderReport(corpus));
    await checkReportInBrowser(browser, html, corpus, join(ROOT, 'test/artifacts/small.report.png'));
  });

  it('colours every row as the legend says, for any threshold', async () => {
    const corpus = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/report/small-corpus.json'), 'utf8')) as Corpus;
    const dir = mkdtempSync(join(tmpdir(), 'bitext-report-'));
    for (const threshold of [0.3, 0.7, 0.9, 0.95]) {
      // The same units judged against another threshold, as `build --threshold` would.
      const units = corpus.units.map((unit) => ({ ...unit, status: unit.confidence >= threshold ? ('accepted' as const) : ('review' as const) }));
      const accepted = units.filter((unit) => unit.status === 'accepted').length;
      const judged = { ...corpus, units, summary: { ...corpus.summary, confidenceThreshold: threshold, units: { accepted, review: units.length - accepted } } };
      const html = join(dir, `t${threshold}.report.html`);
      writeFileSync(html, renderReport(judged));
      await checkReportInBrowser(browser, html, judged, join(ROOT, `test/artifacts/small.t${threshold}.report.png`));
    }
  });

  it('renders the committed seed report as its units.json says, and switches to the TMX\'s Simplified text', async () => {
    // corpus/out is checked against a fresh build by test/cli/build.test.ts.
    const name = 'chongqing-fao-2022.en-zh';
    const units = JSON.parse(readFileSync(join(ROOT, 'corpus/out', `${name}.units.json`), 'utf8')) as ReportedCorpus;
    expect(units.units.length).toBeGreaterThan(50);
    await checkReportInBrowser(browser, join(ROOT, 'corpus/out', `${name}.report.html`), units, join(ROOT, 'test/artifacts/seed.report.png'), { tmxChinese: toSimplified });
  });
});
