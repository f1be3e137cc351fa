import { Readable } from 'node:stream';

import { startMockServer, type MockServer } from '@boomstream/mocks';
import { afterEach, describe, expect, it } from 'vitest';

import { EXIT } from './exit-codes.js';
import type { CliIo } from './io.js';
import { runCli } from './run-cli.js';

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The CLI's io with stderr a terminal or not; keeps every write to stderr apart. */
function io(env: Record<string, string>, tty: boolean) {
  let out = '';
  const writes: string[] = [];
  const cli: CliIo = {
    env,
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => writes.push(text), isTTY: tty },
    stdin: Readable.from([]),
    interactive: false,
  };
  return { cli, out: () => out, writes };
}

/** A query against a mock server whose every answer comes after `latencyMs`. */
async function slowQuery(latencyMs: number, tty: boolean) {
  server = await startMockServer({ seed: 1, faults: [{ kind: 'latency', ms: latencyMs }] });
  const run = io({ BOOMSTREAM_API_KEY: server.demo.apiKey, BOOMSTREAM_BASE_URL: server.url }, tty);
  const exitCode = await runCli(['project', '--json'], run.cli, () =>
    Promise.resolve(EXIT.failure),
  );
  return { ...run, exitCode, host: new URL(server.url).host };
}

describe('a query waiting on a slow API', () => {
  it('says on a terminal what it waits for and how long, in place, and clears it when the answer comes', async () => {
    const { exitCode, out, writes, host } = await slowQuery(2600, true);
    expect(exitCode).toBe(EXIT.ok);
    expect(JSON.parse(out())).toMatchObject({ groupBy: 'day' });
    expect(writes.slice(0, 2)).toEqual([
      `\r\u001B[Kwaiting for ${host} · 1 s · Ctrl-C to cancel`,
      `\r\u001B[Kwaiting for ${host} · 2 s · Ctrl-C to cancel`,
    ]);
    expect(writes.at(-1)).toBe('\r\u001B[K');
  });

  it('writes nothing of it when stderr is not a terminal', async () => {
    const { exitCode, writes } = await slowQuery(1300, false);
    expect(exitCode).toBe(EXIT.ok);
    expect(writes).toEqual([]);
  });

  it('shows nothing when the answer comes within a second', async () => {
    const { exitCode, writes } = await slowQuery(0, true);
    expect(exitCode).toBe(EXIT.ok);
    expect(writes).toEqual([]);
  });
});
