import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/render-report';
import type { Corpus } from '../../src/types';
import { launchChromium } from '../helpers/browser';
import { checkReportInBrowser, type ReportedCorpus } from '../helpers/check-report';

const ROOT = resolve(import.meta.dirname, '..', '..');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser.close();
});

describe('review report in a real browser', () => {
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

  it('renders the committed seed report as its units.json says', async () => {
    // corpus/out is checked against a fresh build by test/cli/build.test.ts.
    const name = 'chongqing-fao-2022.en-zh';
    const units = JSON.parse(readFileSync(join(ROOT, 'corpus/out', `${name}.units.json`), 'utf8')) as ReportedCorpus;
    expect(units.units.length).toBeGreaterThan(50);
    await checkReportInBrowser(browser, join(ROOT, 'corpus/out', `${name}.report.html`), units, join(ROOT, 'test/artifacts/seed.report.png'));
  });
});
