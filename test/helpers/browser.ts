/**
 * Headless Chromium for tests: a Chromium or Chrome already on the machine
 * (Debian's chromium on CI), driven by playwright-core; never a downloaded
 * browser, and nothing installed by `npm test`. Without one the browser tests
 * skip and say so; `.ci/run` installs Debian's chromium and fonts-noto-cjk
 * (scripts/install-browser.sh) and sets BITEXT_REQUIRE_BROWSER=1, so on CI a
 * missing browser fails instead.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where a Chromium is looked for, first found wins; CHROMIUM_PATH overrides. */
const CANDIDATES: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The browser the tests use, or `undefined` when the machine has none. */
export const CHROMIUM_PATH: string | undefined = process.env['CHROMIUM_PATH'] ?? CANDIDATES.find((path) => existsSync(path));

/** True on CI (.ci/run): the browser tests must run, so a missing browser is a failure, not a skip. */
export const BROWSER_REQUIRED: boolean = process.env['BITEXT_REQUIRE_BROWSER'] === '1';

/**
 * Why the browser tests cannot run here, or `undefined` when they can. Prints
 * the reason once, so a skipped run says clearly what it did not test.
 */
export function browserSkipReason(what: string): string | undefined {
  const path = CHROMIUM_PATH;
  if (path !== undefined && existsSync(path)) return undefined;
  const looked = process.env['CHROMIUM_PATH'] === undefined ? CANDIDATES.join(', ') : `CHROMIUM_PATH=${process.env['CHROMIUM_PATH']}`;
  const reason = `SKIPPED ${what}: no Chromium found (looked for ${looked}). Install one (Debian: sudo sh scripts/install-browser.sh) or set CHROMIUM_PATH; .ci/run does this and runs them.`;
  if (BROWSER_REQUIRED) throw new Error(`BITEXT_REQUIRE_BROWSER=1 but ${reason}`);
  console.warn(reason);
  return reason;
}

/** Launch headless Chromium with the flags this sandboxed, offline machine needs. */
export async function launchChromium(): Promise<Browser> {
  if (CHROMIUM_PATH === undefined || !existsSync(CHROMIUM_PATH)) {
    throw new Error('No Chromium found: run scripts/install-browser.sh (as root, Debian) or set CHROMIUM_PATH');
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // No sandbox as root; no background networking: the machine has no network and
    // Chromium's own connections would fail noisily.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
