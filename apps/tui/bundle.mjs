/**
 * Bundles the bin into dist/: an unbundled Ink app starts several times slower.
 *
 * `npm run build` here, or `nx run @boomstream/tui:build`, which first builds the
 * workspace packages that the bundle takes from their `dist` (through their `exports`,
 * as any package). Two entries: dist/boomstream.js answers `--version` and imports
 * dist/start.js for anything else, which imports the CLI, the UI, the client and the
 * mock server dynamically, each a chunk of dist/chunks/ loaded only when needed.
 */
import { chmod, rm } from 'node:fs/promises';
import { fileURLToPath, URL } from 'node:url';

import { build } from 'esbuild';

const common = {
  absWorkingDir: fileURLToPath(new URL('.', import.meta.url)),
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  jsx: 'automatic',
  // React's production build; minified, there is less to parse at every start.
  define: { 'process.env.NODE_ENV': '"production"' },
  minify: true,
  logLevel: 'warning',
};

await rm(new URL('dist', import.meta.url), { recursive: true, force: true });
// Built apart, the entry is one file: `--version` loads no chunk and no `require`.
await build({ ...common, entryPoints: { boomstream: 'src/main.ts' }, external: ['./start.js'] });
await build({
  ...common,
  entryPoints: { start: 'src/start.ts' },
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // Ink imports it only when DEV=true, for React DevTools; it is not a dependency.
  external: ['react-devtools-core'],
  // The CommonJS modules among the dependencies (undici) `require` Node's own modules.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
});
await chmod(new URL('dist/boomstream.js', import.meta.url), 0o755);
