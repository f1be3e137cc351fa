import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder, with a trailing separator. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A package of the workspace that is published to npm. */
export interface PublishablePackage {
  readonly name: string;
  readonly version: string;
  /** Its folder, relative to the root (`packages/client`). */
  readonly dir: string;
}

interface WorkspaceEntry {
  readonly name: string;
  readonly version: string;
  readonly location: string;
  readonly private?: boolean;
}

/** Every workspace package that is not private, as npm itself resolves the workspaces. */
export function publishablePackages(): PublishablePackage[] {
  const entries = JSON.parse(
    execFileSync('npm', ['query', '.workspace'], { cwd: ROOT, encoding: 'utf8' }),
  ) as WorkspaceEntry[];
  return entries
    .filter((entry) => entry.private !== true)
    .map(({ name, version, location }) => ({ name, version, dir: location }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** A package's `package.json`, parsed. */
export function readManifest(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8')) as Record<
    string,
    unknown
  >;
}
