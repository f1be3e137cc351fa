// Runs the Redocly CLI offline with this folder's redocly.yaml: no usage data, no update
// check against the npm registry. `node scripts/redocly.js <command> [args…]`.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const packageDir = dirname(dirname(fileURLToPath(import.meta.url)));
const cli = join(
  dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json')),
  'bin/cli.js',
);

const { status, error } = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], {
  cwd: packageDir,
  stdio: 'inherit',
  env: {
    ...process.env,
    REDOCLY_TELEMETRY: 'off',
    REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
    REDOCLY_SUPPRESS_NOTIFICATIONS: 'true',
  },
});
if (error) throw error;
process.exitCode = status ?? 1;
