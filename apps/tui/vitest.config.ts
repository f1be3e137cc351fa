import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // With CI set, Ink writes only the last frame at unmount; these tests read every frame,
    // as plain text (Nx and terminals may turn colours on).
    env: { CI: 'false', FORCE_COLOR: '0' },
    // The end-to-end tests run the bundled bin: build it once first.
    globalSetup: ['test/build-bin.ts'],
    testTimeout: 15_000,
  },
});
