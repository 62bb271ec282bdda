/**
 * Copy segmentit's prebuilt CommonJS file into dist/vendor/ (run by tsup after
 * each build; `npx tsx scripts/vendor-segmentit.ts` by hand). The package
 * ships this copy instead of depending on segmentit: its npm package declares
 * preval.macro, a build-time Babel macro that its dist never requires, and
 * with it 28 packages and 16 MB in every consumer's node_modules (README,
 * "Package size"). The file is copied byte for byte after a one-line header;
 * its MIT licence goes beside it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Write dist/vendor/segmentit.cjs and segmentit.LICENSE under `root`; returns the bytes copied. */
export function vendorSegmentit(root: string): number {
  const require = createRequire(join(root, 'package.json'));
  const packageDir = dirname(require.resolve('segmentit/package.json'));
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  // The minified build: the same code as dist/cjs/segmentit.js (its index.js picks it when
  // NODE_ENV is production), 40 kB smaller; it requires nothing.
  const code = readFileSync(join(packageDir, 'dist', 'cjs', 'segmentit.min.js'));
  const out = join(root, 'dist', 'vendor');
  mkdirSync(out, { recursive: true });
  const header = `/*! segmentit ${version}, MIT licence (segmentit.LICENSE): dist/cjs/segmentit.min.js of the npm package, unchanged below this line */\n`;
  writeFileSync(join(out, 'segmentit.cjs'), Buffer.concat([Buffer.from(header), code]));
  writeFileSync(join(out, 'segmentit.LICENSE'), readFileSync(join(packageDir, 'LICENSE')));
  return code.length;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const bytes = vendorSegmentit(process.cwd());
  console.log(`vendor-segmentit: copied ${bytes} bytes to dist/vendor/segmentit.cjs`);
}
