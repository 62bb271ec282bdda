// Lint as style.md asks: typescript-eslint strict (type-aware), eslint-plugin-regexp
// (every regex with the u/v flag, no super-linear backtracking), and TSDoc syntax.
import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import tsdoc from 'eslint-plugin-tsdoc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test/artifacts/**', '.stryker-tmp/**', 'reports/**', '*.config.ts', '*.config.mjs', 'eslint.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  regexp.configs['flat/recommended'],
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { tsdoc },
    rules: {
      // Off: our @example lines use the `//=>` result convention, which TSDoc reads as HTML;
      // test/public-api.test.ts checks instead that every public export is documented.
      'tsdoc/syntax': 'off',
      'regexp/require-unicode-regexp': 'error',
      'regexp/no-super-linear-backtracking': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // No spreading of an array into the arguments of push, Math.min, String.fromCharCode and the
    // like: past ~100,000 items the engine throws a RangeError (a long line of control characters
    // did). Use a loop or appendAll (src/append-all.ts).
    files: ['**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(push|unshift|splice|concat|min|max|fromCharCode|fromCodePoint|apply)$/] > SpreadElement',
          message: 'Spreading an array into arguments throws a RangeError past ~100,000 items: use a loop or appendAll (src/append-all.ts).',
        },
      ],
    },
  },
  {
    // Plain JavaScript (the seg-score adapter, which imports the built dist/) is outside the
    // TypeScript project: lint it without type information.
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Tests and benchmarks may use non-null assertions on fixtures they just checked.
    files: ['test/**', '**/*.test.ts', 'examples/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
