import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // With CI set, Ink writes only the last frame at unmount; these tests read every frame.
    env: { CI: 'false' },
    testTimeout: 15_000,
  },
});
