// Bundles the terminal UI into one file: an unbundled Ink app starts several times slower.
import { chmod } from 'node:fs/promises';

import { build } from 'esbuild';

/**
 * Ink imports react-devtools-core only when DEV=true, but a single-file bundle
 * hoists that import to the top: replace it with an empty module.
 */
const devtoolsStub = {
  name: 'react-devtools-core-stub',
  setup(build) {
    build.onResolve({ filter: /^react-devtools-core$/ }, () => ({
      path: 'stub',
      namespace: 'devtools-stub',
    }));
    build.onLoad({ filter: /.*/, namespace: 'devtools-stub' }, () => ({
      contents: 'export default { initialize() {}, connectToDevTools() {} };',
    }));
  },
};

await build({
  entryPoints: ['src/main.ts'],
  outfile: 'dist/boomstream.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  jsx: 'automatic',
  plugins: [devtoolsStub],
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  logLevel: 'warning',
});
await chmod('dist/boomstream.js', 0o755);
