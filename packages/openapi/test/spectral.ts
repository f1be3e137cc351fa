import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { runNode } from './run-node.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const cli = join(
  dirname(createRequire(import.meta.url).resolve('@stoplight/spectral-cli/package.json')),
  'dist/index.js',
);

/** One result of `spectral lint --format json`. */
export interface SpectralResult {
  readonly code: string;
  readonly message: string;
  readonly severity: number;
  readonly path: readonly string[];
}

/**
 * `spectral lint <file>` as its users run it, with this package's `.spectral.yaml` unless
 * another ruleset is given: every result at any severity, and the exit code (non-zero on
 * an error).
 */
export async function spectralLint(
  file: string,
  ruleset = '.spectral.yaml',
): Promise<{ code: number; results: SpectralResult[] }> {
  const args = [cli, 'lint', file, '--ruleset', ruleset, '--format', 'json', '--quiet'];
  const { code, stdout } = await runNode(args, packageDir);
  return { code, results: JSON.parse(stdout) as SpectralResult[] };
}
