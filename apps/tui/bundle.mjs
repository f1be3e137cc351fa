// Bundles the terminal UI into one file: an unbundled Ink app starts several times slower.
import { chmod } from 'node:fs/promises';

import { build } from 'esbuild';

await build({
  entryPoints: ['src/main.tsx'],
  outfile: 'dist/boomstream.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  jsx: 'automatic',
  // Ink loads react-devtools-core only when DEV is set; it is not shipped.
  external: ['react-devtools-core'],
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  logLevel: 'warning',
});
await chmod('dist/boomstream.js', 0o755);
