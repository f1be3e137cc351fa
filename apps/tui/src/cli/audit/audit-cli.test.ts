import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';

import { startMockServer, type MockServer } from '@boomstream/mocks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { BIN } from '../../../test/run-bin.js';
import { EXIT } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { runCli } from '../run-cli.js';

let server: MockServer;
let config: string;

beforeAll(async () => {
  server = await startMockServer({ today: '2024-06-30', seed: 7 });
  config = await mkdtemp(join(tmpdir(), 'boomstream-audit-cli-'));
});
afterAll(async () => {
  await server.close();
  await rm(config, { recursive: true, force: true });
});

/** The audit customers of the server as labelled CSV lines. */
function customersCsv(): string {
  return server.demo.audit.customers
    .map(({ code, hash, case: name }) => `${code},${hash},${name}`)
    .join('\n');
}

/** The CLI's io with customers on stdin and stderr a terminal or not; every stderr write kept apart. */
function io(tty: boolean) {
  let out = '';
  const writes: string[] = [];
  const cli: CliIo = {
    env: {
      BOOMSTREAM_API_KEY: server.demo.apiKey,
      BOOMSTREAM_BASE_URL: server.url,
      XDG_CONFIG_HOME: config,
    },
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => writes.push(text), isTTY: tty },
    stdin: Readable.from([customersCsv()]),
    interactive: false,
  };
  return { cli, out: () => out, writes };
}

const period = () => ['--start', server.demo.audit.start, '--end', server.demo.audit.end];
const noUi = () => Promise.resolve(EXIT.failure);

describe('boomstream audit: progress', () => {
  it('counts customers on a terminal, in place, failures included, and clears the line', async () => {
    const total = server.demo.audit.customers.length;
    const failing = server.demo.audit.customers[0]!.hash;
    // One customer's sessions fail on every try; the rest answer.
    server.use({
      session: (params) =>
        params.hash === failing ? { kind: 'failed', message: 'Sessions are down' } : undefined,
    });
    try {
      const run = io(true);
      const code = await runCli(
        ['audit', '--json', '--concurrency', '1', ...period()],
        run.cli,
        noUi,
      );
      expect(code).toBe(EXIT.failure);
      const progress = run.writes.filter((text) => text.startsWith('\r\u001B[Kaudited'));
      expect(progress).toHaveLength(total);
      expect(progress[0]).toBe(`\r\u001B[Kaudited 1/${total} · 1 failed`);
      expect(progress.at(-1)).toBe(`\r\u001B[Kaudited ${total}/${total} · 1 failed`);
      expect(run.writes).toContain('\r\u001B[K');
      expect(run.writes.join('')).toContain('group-buy (');
      expect(run.writes.join('')).toContain('Sessions are down');
      expect(run.writes.join('')).not.toContain(failing);
      const report = JSON.parse(run.out()) as { customers: { customer: string; error?: string }[] };
      expect(report.customers.at(-1)).toMatchObject({ customer: 'group-buy' });
    } finally {
      server.reset();
    }
  });

  it('draws no progress when stderr is not a terminal', async () => {
    const run = io(false);
    const code = await runCli(['audit', '--csv', ...period()], run.cli, noUi);
    expect(code).toBe(EXIT.ok);
    expect(run.writes).toEqual([]);
  });
});

describe('boomstream audit: Ctrl-C', () => {
  it('exits 130, saying it was interrupted, with nothing on stdout', async () => {
    let requested!: () => void;
    const asked = new Promise<void>((resolve) => (requested = resolve));
    server.use({
      session: () => {
        requested();
        return { kind: 'stall' };
      },
    });
    try {
      const child = spawn(process.execPath, [BIN, 'audit', ...period()], {
        env: {
          PATH: process.env['PATH'] ?? '',
          BOOMSTREAM_API_KEY: server.demo.apiKey,
          BOOMSTREAM_BASE_URL: server.url,
          XDG_CONFIG_HOME: config,
        },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdin.end(customersCsv());
      await asked;
      child.kill('SIGINT');
      const [code] = (await once(child, 'close')) as [number | null];
      expect(code).toBe(130);
      expect(stderr).toBe('boomstream: interrupted\n');
      expect(stdout).toBe('');
    } finally {
      server.reset();
    }
  });
});
