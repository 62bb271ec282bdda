/**
 * Take the README's screenshot of the seed's review report:
 *   npx tsx scripts/screenshot-report.ts [corpus/out/NAME.report.html] [docs/report.png]
 * Uses Debian's chromium through playwright-core, with fonts-noto-cjk so the
 * Chinese renders (scripts/install-browser.sh installs both, as root).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../test/helpers/browser';

const [html = 'corpus/out/chongqing-fao-2022.en-zh.report.html', png = 'docs/report.png'] = process.argv.slice(2);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
await page.goto(pathToFileURL(resolve(html)).href);
await page.screenshot({ path: png });
await browser.close();
console.log(`wrote ${png}`);
