// Start time of the bundled bin, as a ratio to `node -e 0` measured in the same run.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../dist/boomstream.js', import.meta.url));
const RUNS = 15;
const env = { PATH: process.env['PATH'] ?? '' };

/** Median wall time of `args`, in milliseconds, after one warm-up run. */
function median(args: readonly string[]): number {
  spawnSync(process.execPath, args, { env });
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { env });
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${String(result.status)}`);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? Number.NaN;
}

const baseline = median(['-e', '0']);
const cases: readonly (readonly [string, readonly string[]])[] = [
  ['boomstream --version', [BIN, '--version']],
  ['boomstream --help', [BIN, '--help']],
  ['boomstream project --mock (mock server + one request)', [BIN, 'project', '--mock']],
];
console.log(`node -e 0: ${baseline.toFixed(0)} ms (baseline, median of ${RUNS})`);
for (const [name, args] of cases) {
  const time = median(args);
  console.log(`${name}: ${time.toFixed(0)} ms, ${(time / baseline).toFixed(2)}× node -e 0`);
}
