import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The README's examples import the package by name; tests run them on the source.
    alias: { '@boomstream/client': fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
  },
  test: {
    // Real servers and property runs on shared 2-core machines: 5 s fails on load, not on behaviour.
    testTimeout: 20_000,
    // Type tests (`*.test-d.ts`) fail the run like any other test, not only under `tsc`.
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
