/**
 * The second half of `npm run release`, after `release:check` has packed and checked
 * every package (each `prepack` building its package, one package after another):
 * `changeset publish [flags]`, with npm's lifecycle scripts off.
 *
 * Why off: changesets runs `npm publish` for every package at once. With `prepack` on,
 * each would rebuild its dependencies through Nx (a cache hit still deletes and rewrites
 * `dist/`), so one package could be packed while another's `prepack` was rewriting its
 * `dist/`: a tarball with files missing, seen as `@boomstream/spec` published without
 * its `dist/`. Once `release:check` has passed, every `dist/` is built and checked, and
 * nothing may touch it until the last package is published.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

import { ROOT } from '../workspace.js';

const result = spawnSync(
  join(ROOT, 'node_modules', '.bin', 'changeset'),
  ['publish', ...process.argv.slice(2)],
  { cwd: ROOT, env: { ...process.env, npm_config_ignore_scripts: 'true' }, stdio: 'inherit' },
);
process.exitCode = result.status ?? 1;
