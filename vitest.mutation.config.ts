/**
 * The tests StrykerJS runs against each mutant of src/tmx, src/export and
 * src/tm/index-file
 * (npm run mutation): every test that exercises those folders, without the
 * ones that build whole corpora or drive a browser, which test other stages
 * and would make each of the thousands of mutant runs take minutes.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

const config: ViteUserConfig = defineConfig({
  // As vitest.config.ts: examples import 'bitext-tm', resolved to the source.
  resolve: { alias: { 'bitext-tm': fileURLToPath(new URL('./src/index.ts', import.meta.url)) } },
  test: {
    testTimeout: 60_000,
    // The property tests generate 50–80-unit memories instead of 1,000+ (test/helpers/property-scale.ts).
    env: { BITEXT_MUTATION: '1' },
    include: [
        'src/tmx/**/*.test.ts',
        'src/export/**/*.test.ts',
        'src/xml/**/*.test.ts',
        'src/cli/commands/tmx.test.ts',
        'test/golden/tmx.golden.test.ts',
        'test/golden/export.golden.test.ts',
        'test/golden/tbx.golden.test.ts',
        'test/properties/tmx.prop.test.ts',
        'test/properties/tmx-document.prop.test.ts',
        'test/properties/export.prop.test.ts',
        // src/tm/index-file: the index's save/load round trips and its damage cases.
        'src/tm/**/*.test.ts',
        'test/golden/tm-errors.golden.test.ts',
        'test/properties/tm-incremental.prop.test.ts',
    ],
  },
});

export default config;
