// One flat config for the whole workspace: each package runs `eslint .` from its own folder.
import js from '@eslint/js';
import vitest from '@vitest/eslint-plugin';
import prettier from 'eslint-config-prettier';
import n from 'eslint-plugin-n';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Another package is imported by its name (its `exports` map), never by a path into
 * its folder or its `src/`. Tests may reach the spec's shared test helpers
 * (`spec/test/`, e.g. the secret scan) by path; nothing else may.
 */
function pathRule({ specTestHelpers = false } = {}) {
  const into = specTestHelpers ? '(?!spec/test/)' : '';
  return [
    'error',
    {
      patterns: [
        {
          regex: String.raw`^(\.\./)+${into}(spec|packages|apps|tools)/`,
          message:
            'Import another package by its name (its public entry point), not by a path into its folder.',
        },
        {
          group: [
            '@boomstream/*/src',
            '@boomstream/*/src/**',
            '@boomstream/*/dist',
            '@boomstream/*/dist/**',
          ],
          message:
            'Import a package through its public entry point (`@boomstream/<name>`), not its files.',
        },
      ],
    },
  ];
}

/**
 * The one-way flow, spec → generators → consumers: the packages an area of the tree
 * must not import at all, and why. A rule of its own, so that the path rule above
 * can differ for tests without each area being written twice.
 */
function flowRule(forbidden, why) {
  return [
    'error',
    { patterns: [{ group: forbidden.flatMap((name) => [name, `${name}/**`]), message: why }] },
  ];
}

const TESTS = ['**/*.test.ts', '**/*.test.tsx', '**/test/**/*.ts'];

const CONSUMERS = [
  '@boomstream/client',
  '@boomstream/openapi',
  '@boomstream/mocks',
  '@boomstream/insights',
  '@boomstream/tui',
];

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
  { files: ['**/*.ts', '**/*.tsx'], rules: { 'no-restricted-imports': pathRule() } },
  { files: TESTS, rules: { 'no-restricted-imports': pathRule({ specTestHelpers: true }) } },
  // The flow. Later blocks replace the rule's options for their files, so each lists all it needs.
  {
    files: ['spec/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': flowRule(
        [...CONSUMERS, '@boomstream/codegen'],
        'The spec imports no consumer: consumers derive from it, each with its own generators.',
      ),
    },
  },
  {
    files: ['tools/codegen/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': flowRule(
        ['@boomstream/spec', ...CONSUMERS],
        'The code-generation plumbing knows no package: each package runs its own generators through it.',
      ),
    },
  },
  {
    files: ['packages/client/**/*.ts'],
    ignores: ['packages/client/generators/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': flowRule(
        [
          '@boomstream/openapi',
          '@boomstream/mocks',
          '@boomstream/insights',
          '@boomstream/tui',
          '@boomstream/codegen',
        ],
        'The client depends on the spec only: its tests read the fixtures by path.',
      ),
    },
  },
  {
    // Each package's generators read the spec and write through the codegen plumbing, nothing else.
    files: ['packages/client/generators/**/*.ts', 'packages/openapi/generators/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': flowRule(
        CONSUMERS,
        'A generator reads the spec alone: what it writes must not depend on another consumer.',
      ),
    },
  },
  {
    files: ['packages/mocks/src/**/*.ts', 'packages/mocks/generators/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.bench.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': flowRule(
        ['@boomstream/client', '@boomstream/openapi', '@boomstream/insights', '@boomstream/tui'],
        'The mocks serve the spec to any client; only their tests may use ours.',
      ),
    },
  },
  {
    files: ['packages/insights/**/*.ts'],
    ignores: TESTS,
    rules: {
      '@typescript-eslint/no-restricted-imports': flowRule(
        [...CONSUMERS, '@boomstream/codegen'],
        'The insights are pure functions over the spec’s decoded types: no transport, no mock, no UI.',
      ),
    },
  },
  {
    files: ['apps/tui/**/*.ts', 'apps/tui/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': flowRule(
        ['@boomstream/openapi', '@boomstream/codegen'],
        'The terminal UI uses the spec, the client, the mocks and the insights at run time.',
      ),
    },
  },
  {
    // The bench driver runs every package's cases, which live in their `*.bench.ts` files.
    files: ['tools/bench/src/main.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: String.raw`^(\.\./)+(spec|packages|apps|tools)/(?!.*\.bench\.js$)`,
              message:
                'The bench driver imports only the cases of a package, its *.bench.ts files.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/tui/**/*.tsx', 'apps/tui/src/hooks/**/*.ts'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', '**/*.test-d.ts'],
    plugins: { vitest },
    rules: {
      ...vitest.configs.recommended.rules,
      // Property tests assert through fast-check; type tests through expectTypeOf.
      'vitest/expect-expect': [
        'error',
        { assertFunctionNames: ['expect', 'expectTypeOf', 'fc.assert'] },
      ],
      // `expect(value, 'which case')` names the failing case.
      'vitest/valid-expect': ['error', { maxArgs: 2 }],
      // Tests build throwaway values inline; non-null assertions there read better than guards.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Generators, CLIs and the client's README examples print by design.
    files: [
      '**/generators/**',
      'tools/codegen/src/run.ts',
      'tools/bench/src/main.ts',
      '**/src/cli/**',
      '**/bin/**',
      '**/*.bench.ts',
      'packages/client/examples/**',
    ],
    rules: { 'no-console': 'off' },
  },
  prettier,
);
