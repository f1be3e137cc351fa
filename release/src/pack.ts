import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { publishablePackages, readManifest, ROOT, type PublishablePackage } from './workspace.js';

/** A package packed as npm would publish it. */
export interface PackedPackage extends PublishablePackage {
  /** The tarball's absolute path. */
  readonly tarball: string;
  /** The files inside, relative to the package (`dist/index.js`), sorted. */
  readonly files: readonly string[];
}

/** npm's tarball name: `@scope/name@1.2.3` → `scope-name-1.2.3.tgz`. */
export function tarballName({ name, version }: Pick<PublishablePackage, 'name' | 'version'>) {
  return `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`;
}

/** The files a tarball holds, as tar lists them, without npm's `package/` prefix. */
export function tarballFiles(tarball: string): string[] {
  return execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.length > 0 && !line.endsWith('/'))
    .map((line) => line.replace(/^package\//, ''))
    .sort();
}

/**
 * Builds every publishable package once, in one Nx run (each build task once, in
 * dependency order), and prints its log to stderr. Each package's own `prepack` would
 * build it through Nx again with its dependencies: six nested runs, the spec's build
 * (or a cache restore that deletes and rewrites its `dist/`) once per package above it.
 */
export function buildAll(env: NodeJS.ProcessEnv = process.env): void {
  const projects = publishablePackages().map(({ name }) => name);
  execFileSync(
    join(ROOT, 'node_modules', '.bin', 'nx'),
    ['run-many', '-t', 'build', '-p', projects.join(','), '--output-style=static'],
    { cwd: ROOT, env, stdio: ['ignore', process.stderr, process.stderr] },
  );
}

/**
 * Builds every publishable package once (`buildAll`), then packs each into
 * `destination` with `npm pack --workspaces --ignore-scripts`: what `npm publish`
 * ships, with no `prepack` building it again. (`prepack` stays in each manifest, so
 * that a bare `npm pack` or `npm publish` of one package builds it.) Build output goes
 * to stderr; `env` is the environment npm and Nx run in.
 */
export function packAll(
  destination: string,
  env: NodeJS.ProcessEnv = process.env,
): PackedPackage[] {
  buildAll(env);
  execFileSync(
    'npm',
    [
      'pack',
      '--workspaces',
      '--ignore-scripts',
      '--loglevel=warn',
      '--pack-destination',
      destination,
    ],
    {
      cwd: ROOT,
      env,
      stdio: ['ignore', process.stderr, process.stderr],
    },
  );
  return publishablePackages().map((pkg) => {
    const tarball = join(destination, tarballName(pkg));
    if (!existsSync(tarball)) throw new Error(`npm pack made no ${tarballName(pkg)}`);
    return { ...pkg, tarball, files: tarballFiles(tarball) };
  });
}

/** The files an `exports` target names, through its conditions (`import`, `require`, `types`, …). */
function targetFiles(target: unknown): string[] {
  if (typeof target === 'string') return [target];
  if (typeof target === 'object' && target !== null)
    return Object.values(target).flatMap(targetFiles);
  return [];
}

/** The files a manifest's `main`, `types`, `exports` and `bin` point at, relative to the package. */
function entryFiles(manifest: Record<string, unknown>): string[] {
  const fields = ['main', 'types'].flatMap((field) => targetFiles(manifest[field]));
  const exported = targetFiles(manifest['exports'] ?? {});
  const bins = targetFiles(manifest['bin'] ?? {});
  return [...new Set([...fields, ...exported, ...bins])].map((target) =>
    target.replace(/^\.\//, ''),
  );
}

/** Files every tarball must carry: the documents, the manifest and every entry point. */
export function requiredFiles(pkg: PublishablePackage): string[] {
  const changelog = existsSync(join(ROOT, pkg.dir, 'CHANGELOG.md')) ? ['CHANGELOG.md'] : [];
  return [
    'LICENSE',
    'README.md',
    'package.json',
    ...changelog,
    ...entryFiles(readManifest(pkg.dir)),
  ];
}
