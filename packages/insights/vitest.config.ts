import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The README's example imports the package by name; its test runs it on the source.
    alias: { '@boomstream/insights': fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
  },
  test: {
    // Property runs and a world build on shared 2-core machines: slow under load is not failing.
    testTimeout: 30_000,
  },
});
