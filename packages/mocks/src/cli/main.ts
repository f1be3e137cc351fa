#!/usr/bin/env node
/**
 * `boomstream-mock [--port MOCK_PORT] [--host 127.0.0.1] [--seed N] [--today YYYY-MM-DD] [--fault F] [--quirk ID] [--lenient]`:
 * runs the mock server until Ctrl-C and prints where it is and what to ask it.
 * The key and passwords it prints belong to the mock world, not to anyone.
 */
import { parseArgs } from 'node:util';

import { MOCK_PORT } from '@boomstream/spec';

import { parseQuirks } from '../answer/quirks.js';
import { parseFaults } from '../server/faults.js';
import { startMockServer } from '../server/server.js';

export const CLI_DEFAULTS = { port: MOCK_PORT, seed: 1 } as const;

const USAGE = `Usage: boomstream-mock [--port ${CLI_DEFAULTS.port}] [--host 127.0.0.1] [--seed ${CLI_DEFAULTS.seed}] [--today YYYY-MM-DD] [--fault latency=200 ...] [--quirk <assumption id> ...] [--lenient]
  --lenient  answer a repeated parameter from its first value and ignore unknown ones (default: refuse both, Failed "Invalid parameter: <name>")`;

function integer(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^-?\d+$/.test(text)) throw new Error(`--${name} must be a whole number, got "${text}"`);
  return Number(text);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      today: { type: 'string' },
      fault: { type: 'string', multiple: true },
      quirk: { type: 'string', multiple: true },
      lenient: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const quirks = parseQuirks(values.quirk ?? []);
  const server = await startMockServer({
    port: integer('port', values.port, CLI_DEFAULTS.port),
    seed: integer('seed', values.seed, CLI_DEFAULTS.seed),
    ...(values.host !== undefined && { host: values.host }),
    // Without a fixed day, the mock lives at the real time: nothing is watched later today than now.
    ...(values.today === undefined ? { now: new Date() } : { today: values.today }),
    faults: (values.fault ?? []).flatMap(parseFaults),
    quirks,
    lenientParams: values.lenient === true,
  });
  const { apiKey, codes, sessions } = server.demo;
  console.log(`Boomstream mock API at ${server.url}
  API key:   ${apiKey}
  Codes:     ${codes.join(' ')}
  Sessions:  ${sessions.map(({ code, hash }) => `code=${code} hash=${hash}`).join('\n             ')}
${quirks.length > 0 ? `  Quirks:    ${quirks.join(' ')} (assumptions broken on purpose)\n` : ''}${values.lenient === true ? '  Lenient:   repeated and unknown parameters are answered, not refused\n' : ''}Try: curl '${server.url}/stats?apikey=${apiKey}&group=day'
Press Ctrl-C to stop.`);
  const stop = () => {
    server.close().then(
      () => {
        console.log('Stopped.');
      },
      (error: unknown) => {
        console.error(`Could not stop cleanly: ${String(error)}`);
        process.exitCode = 1;
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(
    `boomstream-mock: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`,
  );
  process.exitCode = 2;
});
