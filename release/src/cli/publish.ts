/**
 * The second half of `npm run release`, after `release:check` has built every package
 * once (one Nx run) and packed and checked each: `changeset publish [flags]`, with
 * npm's lifecycle scripts off.
 *
 * Why off: changesets runs `npm publish` for several packages at once. With `prepack`
 * on, each would rebuild its dependencies through Nx (a cache hit still deletes and
 * rewrites `dist/`), so one package could be packed while another's `prepack` was
 * rewriting its `dist/`: a tarball with files missing, seen as `@boomstream/spec`
 * published without its `dist/`. Once `release:check` has passed, every `dist/` is built
 * and checked, and nothing may touch it until the last package is published.
 *
 * Run alone, it first checks that every package has the files its tarball must carry:
 * with scripts off, nothing would build a missing one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { requiredFiles } from '../pack.js';
import { publishablePackages, ROOT } from '../workspace.js';

const missing = publishablePackages().flatMap((pkg) =>
  requiredFiles(pkg)
    .filter((file) => !existsSync(join(ROOT, pkg.dir, file)))
    .map((file) => `${pkg.name}: ${file}`),
);
if (missing.length > 0) {
  console.error(
    `release: not built, nothing published (run npm run release, which builds and checks first):\n  ${missing.join('\n  ')}`,
  );
  process.exit(1);
}

const result = spawnSync(
  join(ROOT, 'node_modules', '.bin', 'changeset'),
  ['publish', ...process.argv.slice(2)],
  { cwd: ROOT, env: { ...process.env, npm_config_ignore_scripts: 'true' }, stdio: 'inherit' },
);
if (result.error)
  console.error(`release: changeset publish did not start: ${result.error.message}`);
process.exitCode = result.status ?? 1;
