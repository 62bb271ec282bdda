// Mutation testing (npm run mutation): StrykerJS changes the code of src/tmx, src/export and
// src/tm/index-file
// one small edit at a time and runs the tests that cover it; a mutant no test notices
// ("survived") is a gap in the tests. Method and status: README, Development.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // related: false — every test of vitest.mutation.config.ts takes part, not only those importing a mutated file
  // directly (the property and golden tests reach src/tmx through src/index.ts).
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['src/tmx/**/*.ts', 'src/export/**/*.ts', 'src/tm/index-file/**/*.ts', '!**/*.test.ts', '!**/index.ts'],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants and regex literals, run once at import) need the whole
  // suite each: about 1,450 of them would take some 14 hours on this machine. They are left out
  // and said so in the README.
  ignoreStatic: true,
  // The machine has 2 cores shared with other work: one test process at a time.
  concurrency: 1,
  timeoutFactor: 3,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
