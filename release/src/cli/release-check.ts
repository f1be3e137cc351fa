/**
 * `npm run release:check`: packs every publishable package as `npm publish` would and
 * checks each tarball: the files every package must carry, publint (package.json
 * against the files), and @arethetypeswrong/cli (types as TypeScript resolves them).
 * Exits non-zero naming each failure. The tarballs go to a temporary folder, removed
 * after, or to `RELEASE_CHECK_PACK_DIR` when set, kept there (the registry test
 * compares them with what the release then publishes).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { packAll, requiredFiles, type PackedPackage } from '../pack.js';
import { readManifest, ROOT } from '../workspace.js';

/**
 * Our packages ship ES modules and CommonJS beside them, each with its own types:
 * attw checks every resolution: `node16` from ESM and from CommonJS, `bundler`, and
 * TypeScript's old `node10` (which predates `exports`: `main`, `types` and, for the
 * subpath exports, `typesVersions`). Why, at length: CONTRIBUTING.md, "Release checks".
 */
const ATTW_ARGS = ['--no-emoji', '--no-color', '--format', 'table-flipped'];

/** Runs a bin of the workspace; answers whether it exited 0. */
function run(bin: string, args: readonly string[]): boolean {
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', bin), args, {
    cwd: ROOT,
    stdio: 'inherit',
  });
  return result.status === 0;
}

/**
 * The attw arguments for a package, or undefined when attw has nothing to check: the
 * TUI exports no module, only its bin (attw fails a package without types).
 * Exports of YAML files are data to read by path, not modules: attw reports any export
 * that is neither JavaScript nor JSON as "resolution failed", so they are left out.
 */
export function attwArgs(pkg: PackedPackage): string[] | undefined {
  const exports = Object.entries(readManifest(pkg.dir)['exports'] as Record<string, unknown>);
  if (!exports.some(([, target]) => typeof target === 'object')) return undefined;
  const data = exports.flatMap(([path, target]) =>
    typeof target === 'string' && /\.ya?ml$/.test(target) ? [path] : [],
  );
  return [
    pkg.tarball,
    ...ATTW_ARGS,
    ...(data.length > 0 ? ['--exclude-entrypoints', ...data] : []),
  ];
}

function check(pkg: PackedPackage): string[] {
  const failures: string[] = [];
  const missing = requiredFiles(pkg).filter((file) => !pkg.files.includes(file));
  if (missing.length > 0) failures.push(`${pkg.name}: the tarball lacks ${missing.join(', ')}`);
  console.log(`\n${pkg.name}@${pkg.version}: ${pkg.files.length} files`);
  if (!run('publint', ['run', pkg.tarball, '--strict'])) failures.push(`${pkg.name}: publint`);
  const attw = attwArgs(pkg);
  if (attw === undefined) console.log('attw: skipped, the package exports no module (a bin only)');
  else if (!run('attw', attw)) failures.push(`${pkg.name}: attw`);
  return failures;
}

const kept = process.env['RELEASE_CHECK_PACK_DIR'];
const destination = kept ?? mkdtempSync(join(tmpdir(), 'boomstream-release-check-'));
try {
  const failures = packAll(destination).flatMap(check);
  if (failures.length > 0) {
    console.error(`\nrelease:check failed:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log('\nrelease:check: every tarball is complete and passes publint and attw.');
  }
} finally {
  if (kept === undefined) rmSync(destination, { recursive: true, force: true });
}
