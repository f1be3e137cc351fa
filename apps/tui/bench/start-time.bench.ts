/** The start time of the bundled bin, for `npm run bench` (tools/bench), against `node -e 0`. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../dist/boomstream.js', import.meta.url));
const env = { PATH: process.env['PATH'] ?? '' };

/** Milliseconds of wall time of one `node …args`; it must exit 0. */
function wallTime(args: readonly string[]): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env });
  if (result.status !== 0)
    throw new Error(`node ${args.join(' ')} exited ${String(result.status)}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** `boomstream --version` and `node -e 0`, one run each; undefined when the bin is not built. */
export function versionCase() {
  if (!existsSync(BIN)) return undefined;
  return {
    version: () => Promise.resolve(wallTime([BIN, '--version'])),
    bare: () => Promise.resolve(wallTime(['-e', '0'])),
  };
}
