/**
 * Take the README's screenshots of the review page on a copy of the seed's outputs
 * (corpus/out is not changed): a few decisions made, a unit in split mode, the term pairs.
 *   npx tsx scripts/screenshot-review.ts [docs]
 * Uses Debian's chromium through playwright-core (scripts/install-browser.sh);
 * the same script installs fonts-noto-cjk so Chinese renders.
 */
import { join } from 'node:path';
import { launchChromium } from '../test/helpers/browser';
import { seedOutCopy, serveReview } from '../test/helpers/review-folder';

const [docs = 'docs'] = process.argv.slice(2);
const server = await serveReview(seedOutCopy());
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1440, height: 860 }, deviceScaleFactor: 1 });
await page.goto(server.url);
await page.waitForSelector('body[data-ready="true"]');
const press = async (key: string, revision?: number): Promise<void> => {
  await page.keyboard.press(key);
  if (revision !== undefined) await page.waitForSelector(`body[data-revision="${revision}"]`);
};
await press('c', 1); // confirm a0-u0
await press('j');
await press('x', 2); // reject a0-u2 (the selection moved on after the confirmation)
await server.outputsWritten();
await page.waitForSelector('#outputs.ok[data-revision="2"]', { timeout: 10_000 });
await page.screenshot({ path: join(docs, 'review.png') });
for (let i = 0; i < 6; i++) await press('j');
await press('s'); // a 2-1 unit in split mode
await page.screenshot({ path: join(docs, 'review-split.png') });
await press('Escape');
await press('t');
await page.selectOption('#f-status', 'review');
await page.screenshot({ path: join(docs, 'review-terms.png') });
await browser.close();
await server.close();
console.log(`wrote review.png, review-split.png, review-terms.png in ${docs}`);
