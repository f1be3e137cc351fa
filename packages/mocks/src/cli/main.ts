#!/usr/bin/env node
/**
 * `boomstream-mock [flags]` (the flags: `OPTIONS` in `usage.ts`, which the help lists): runs the mock server until Ctrl-C and prints where it is and what to ask it.
 * The key and passwords it prints belong to the mock world, not to anyone.
 */
import { parseArgs } from 'node:util';

import { parseQuirks } from '../answer/quirks.js';
import { parseFaults } from '../server/faults.js';
import { startMockServer } from '../server/server.js';
import { CLI_DEFAULTS, OPTIONS, usage } from './usage.js';

export { CLI_DEFAULTS } from './usage.js';

function integer(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^-?\d+$/.test(text)) throw new Error(`--${name} must be a whole number, got "${text}"`);
  return Number(text);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: OPTIONS });
  if (values.help) {
    console.log(usage());
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
    `boomstream-mock: ${error instanceof Error ? error.message : String(error)}\nSee boomstream-mock --help.`,
  );
  process.exitCode = 2;
});
