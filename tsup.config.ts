import type { Options } from 'tsup';
import { vendorSegmentit } from './scripts/vendor-segmentit';

const config: Options[] = [
  {
    // The library: a dual package, ESM (.js) and CommonJS (.cjs), with generated
    // declarations (.d.ts / .d.cts) as the `exports` map in package.json expects.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    // No source maps: they were 3.4 MB of the 5.3 MB tarball, and dist is not minified,
    // so a stack trace from it already names readable functions and lines (README, "Package size").
    sourcemap: false,
    target: 'node20',
    shims: true,
    // segmentit is loaded on first use from dist/vendor (src/segment/tokens/require-segmentit.ts).
    onSuccess: async () => {
      vendorSegmentit(process.cwd());
    },
  },
  {
    // The executable (package.json "bin"): ESM only, it is never require()d.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: false,
    target: 'node20',
  },
];

export default config;
