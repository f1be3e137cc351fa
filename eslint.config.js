// One flat config for the whole workspace: each package runs `eslint .` from its own folder.
import js from '@eslint/js';
import vitest from '@vitest/eslint-plugin';
import prettier from 'eslint-config-prettier';
import n from 'eslint-plugin-n';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.nx/**', '**/coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { n },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/consistent-type-exports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'n/prefer-node-protocol': 'error',
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx'],
    plugins: { vitest },
    rules: {
      ...vitest.configs.recommended.rules,
      // Property tests assert through fast-check; type tests through expectTypeOf.
      'vitest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expectTypeOf', 'fc.assert'] }],
      // `expect(value, 'which case')` names the failing case.
      'vitest/valid-expect': ['error', { maxArgs: 2 }],
      // Tests build throwaway values inline; non-null assertions there read better than guards.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Generators and CLIs print by design.
    files: ['spec/generators/**', '**/src/cli/**', '**/bin/**', '**/*.bench.ts'],
    rules: { 'no-console': 'off' },
  },
  prettier,
);
