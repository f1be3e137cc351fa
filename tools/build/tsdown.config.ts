/**
 * The one build of the published libraries (spec, client, mocks, openapi, insights):
 * each package's `build` script runs `tsdown -c <this file>` in its folder. It writes, file
 * for file as tsc did (unbundled: the modules and the subpath exports keep their paths,
 * so `import.meta.url`-relative files such as the mocks' fixtures are where they were),
 * ES modules (`.js`, `.d.ts`) and CommonJS beside them (`.cjs`, `.d.cts`), for Jest and
 * TypeScript's `module: commonjs` users.
 */
import { defineConfig } from 'tsdown';

export default defineConfig({
  // The package being built: its folder, where its build script runs.
  cwd: process.cwd(),
  entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.test-d.ts', '!src/**/*.bench.ts'],
  unbundle: true,
  format: ['esm', 'cjs'],
  platform: 'node',
  // `type: module`: ES modules as `.js`, CommonJS as `.cjs`.
  fixedExtension: false,
  tsconfig: 'tsconfig.build.json',
  dts: true,
  // `import.meta.url` in the CommonJS files: from `__filename`.
  shims: true,
  sourcemap: false,
  hash: false,
  outDir: 'dist',
  clean: true,
  report: false,
  checks: { legacyCjs: false, pluginTimings: false },
  // Each module keeps its own imports: an inlined constant would leave a bare
  // `import './x.js'` behind, which bundlers then drop with a warning (sideEffects: false).
  inputOptions: { optimization: { inlineConst: false } },
});
