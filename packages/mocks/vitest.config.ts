import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The machines are shared and have 2 cores: under load a world build or a child process
    // takes seconds. A slow test is not a failing one; a hang still fails, at 30 s.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
