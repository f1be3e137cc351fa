import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // `*.test-d.ts` files hold type tests: vitest runs them through `tsc`, so they fail `npm test`.
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
