import type { Options } from 'tsup';

const config: Options[] = [
  {
    // The library: a dual package, ESM (.js) and CommonJS (.cjs), with generated
    // declarations (.d.ts / .d.cts) as the `exports` map in package.json expects.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    shims: true,
  },
  {
    // The executable (package.json "bin"): ESM only, it is never require()d.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
  },
];

export default config;
