/**
 * Headless Chromium for tests: Debian's chromium driven by playwright-core
 * (never a downloaded browser). `npm test` installs chromium first when it is
 * missing (scripts/ensure-chromium.sh).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH: string = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Launch headless Chromium with the flags this sandboxed, offline machine needs. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is not at ${CHROMIUM_PATH}; run scripts/ensure-chromium.sh (npm test does) or set CHROMIUM_PATH`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // No sandbox as root; no background networking: the machine has no network and
    // Chromium's own connections would fail noisily.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
