// The workspace's config, plus the consumer scripts of the registry test: plain Node
// JavaScript that runs outside the repository, in a project installed from the registry.
import tseslint from 'typescript-eslint';

import workspace from '../eslint.config.js';

export default [
  ...workspace,
  {
    files: ['test/registry/consumer/**/*.{cjs,mjs}', 'test/registry/consumer/jest/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', process: 'readonly' },
    },
    // Loading the packages with require() is what the CommonJS script is there to test.
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  { files: ['test/registry/consumer/**/*.mjs'], languageOptions: { sourceType: 'module' } },
  {
    // The Jest consumer's test file: Jest's globals.
    files: ['test/registry/consumer/jest/*.js'],
    languageOptions: {
      globals: {
        afterAll: 'readonly',
        beforeAll: 'readonly',
        expect: 'readonly',
        test: 'readonly',
      },
    },
  },
  {
    // These tests are no package and no consumer: they drive the packed packages from
    // outside and reuse a package's own test helper (the client's CONNECT proxy).
    files: ['test/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
];
