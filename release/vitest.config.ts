import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/registry/**'] } },
      {
        // One run publishes to a real registry and installs from it, step after step.
        test: {
          name: 'registry',
          include: ['test/registry/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
