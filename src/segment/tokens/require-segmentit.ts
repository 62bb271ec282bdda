/**
 * segmentit, loaded on first use only: its dictionaries are 3.8 MB of
 * JavaScript (about 50 ms to parse), needed by term extraction and nothing
 * else, so importing bitext-tm for TMX lookup never pays for them.
 *
 * The package ships segmentit's prebuilt CommonJS file in `dist/vendor/`
 * (copied by scripts/vendor-segmentit.ts at build time; MIT, its licence
 * beside it) instead of depending on the npm package: the npm package lists
 * preval.macro, a build-time Babel macro its dist never requires, which
 * brings 28 packages (Babel, cosmiconfig, yaml, …) and 16 MB (its dictionary
 * three times) into every consumer's node_modules. In the repository, where
 * dist/vendor does not exist next to the sources, the dev dependency is used.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Segmentit from 'segmentit';

/** Where the build puts segmentit, relative to dist/index.js, index.cjs and cli.js. */
const VENDORED_SEGMENTIT: string = join('vendor', 'segmentit.cjs');

let segmentit: typeof Segmentit | undefined;

/** The segmentit module: the vendored copy beside the built files, else the installed package. */
export function requireSegmentit(): typeof Segmentit {
  if (!segmentit) {
    const here = dirname(fileURLToPath(import.meta.url));
    const vendored = join(here, VENDORED_SEGMENTIT);
    const require = createRequire(import.meta.url);
    try {
      segmentit = require(existsSync(vendored) ? vendored : 'segmentit') as typeof Segmentit;
    } catch (error) {
      // Only when the package's files were moved apart (a bundler that copied dist/index.js alone).
      throw new Error(`bitext-tm: segmentit is missing: neither ${vendored} nor the segmentit package was found; keep bitext-tm's dist/vendor beside dist/index.js`, { cause: error });
    }
  }
  return segmentit;
}
