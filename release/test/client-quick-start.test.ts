import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

import { describe, expect, it } from 'vitest';

import { ROOT } from '../src/workspace.js';

const CLIENT = join(ROOT, 'packages/client');
const readme = readFileSync(join(CLIENT, 'README.md'), 'utf8');
const example = readFileSync(join(CLIENT, 'examples/quick-start.ts'), 'utf8');

/** The README's shell lines that run the quick start on the shipped mock. */
const howTo = /```sh\n(npx boomstream-mock [^\n]*)\n([^\n]*npx tsx quick-start\.ts)\n```/.exec(
  readme,
);

/** What the example promises to print: each `// → text`, in order. */
const promised = [...example.matchAll(/\/\/ → (.*)$/gm)].map((match) => match[1]!.trimEnd());

/** Starts the mocks' bin with the README's flags (on a free port); answers its URL, key and a stop. */
async function startMockBin(flags: string[]) {
  const port = flags.indexOf('--port');
  const args = port === -1 ? flags : flags.toSpliced(port, 2, '--port', '0');
  const child = spawn(process.execPath, [
    join(ROOT, 'packages/mocks/bin/boomstream-mock.js'),
    ...args,
  ]);
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  const lines = createInterface({ input: child.stdout });
  let url = '';
  let key = '';
  for await (const line of lines) {
    url ||= /API at (\S+)/.exec(line)?.[1] ?? '';
    key ||= /API key:\s+(\S+)/.exec(line)?.[1] ?? '';
    if (url && key) break;
  }
  if (!url || !key) throw new Error(`boomstream-mock did not start: ${stderr}`);
  return {
    url,
    key,
    stop: async () => {
      child.kill();
      await once(child, 'exit');
    },
  };
}

describe("the client README's quick start", () => {
  it('prints what its comments say against the mock @boomstream/mocks ships, run as the README says', async () => {
    expect(howTo, 'the README shows how to run the quick start on the mock').not.toBeNull();
    const [, mockLine = '', runLine = ''] = howTo ?? [];
    const flags = mockLine
      .replace(/\s#.*$/, '')
      .trim()
      .split(/\s+/)
      .slice(2);
    const env = Object.fromEntries(
      [...runLine.matchAll(/([A-Z_]+)=(\S+)/g)].map(([, name = '', value = '']) => [name, value]),
    );
    const mock = await startMockBin(flags);
    try {
      // The key the README shows is the one the mock's demo has.
      expect(env['BOOMSTREAM_API_KEY']).toBe(mock.key);
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', join(CLIENT, 'examples/quick-start.ts')],
        {
          cwd: CLIENT,
          encoding: 'utf8',
          env: {
            PATH: process.env['PATH'],
            BOOMSTREAM_API_KEY: mock.key,
            BOOMSTREAM_BASE_URL: mock.url,
          },
          timeout: 60_000,
        },
      );
      expect(run.stderr).toBe('');
      expect(promised.length).toBeGreaterThan(0);
      expect(run.stdout.trimEnd().split('\n')).toEqual(promised);
    } finally {
      await mock.stop();
    }
  }, 60_000);
});
