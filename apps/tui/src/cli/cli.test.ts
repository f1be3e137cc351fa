import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { BoomstreamClient } from '@boomstream/client';
import { startMockServer, type MockServer } from '@boomstream/mocks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { BIN, runBin } from '../../test/run-bin.js';
import { parseCsv } from '../../test/parse-csv.js';

const TODAY = '2024-06-30';
/** The version the bin must print: the package's own, whatever release it is. */
const PACKAGE_VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;
let server: MockServer;
let client: BoomstreamClient;
let env: Record<string, string>;

beforeAll(async () => {
  server = await startMockServer({ today: TODAY, seed: 7 });
  client = new BoomstreamClient({ apiKey: server.demo.apiKey, baseUrl: server.url });
  env = { BOOMSTREAM_API_KEY: server.demo.apiKey, BOOMSTREAM_BASE_URL: server.url };
});
afterAll(() => server.close());

describe('boomstream <method>: the same answer as the client', () => {
  it('prints a project page as JSON', async () => {
    const params = { start: '2024-06-01', end: '2024-06-30', group: 'day' } as const;
    const result = await runBin(
      ['project', '--start', '2024-06-01', '--end', '2024-06-30', '--group', 'day'],
      env,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const expected = await client.stats.project(params);
    expect(expected.items.length).toBeGreaterThan(0);
    expect(JSON.parse(result.stdout)).toEqual(expected);
  });

  it('prints every page of hourly target data as CSV', async () => {
    const code = server.demo.codes[0]!;
    const params = { code, start: '2024-04-01', end: '2024-06-30', group: 'hour' } as const;
    const result = await runBin(
      [
        'target',
        '--code',
        code,
        '--start',
        '2024-04-01',
        '--end',
        '2024-06-30',
        '--group',
        'hour',
        '--all',
        '--csv',
      ],
      env,
    );
    expect(result.code).toBe(0);
    const expected = await client.stats.target.all(params);
    expect((await client.stats.target(params)).pageCount).toBeGreaterThan(1);
    const [header, ...rows] = parseCsv(result.stdout);
    expect(header).toEqual(['date', 'timeMs', 'hours']);
    // Hourly dates carry the Moscow offset in every export.
    expect(rows).toEqual(
      expected.map((item) => [`${item.date}:00+03:00`, String(item.timeMs), String(item.hours)]),
    );
  });

  it('reads the customer password from stdin, and from BOOMSTREAM_HASH', async () => {
    const { code, hash } = server.demo.sessions[0]!;
    const params = { code, hash, start: '2024-01-01', end: '2024-06-30' };
    const expected = await client.stats.session(params);
    const args = ['session', '--code', code, '--start', '2024-01-01', '--end', '2024-06-30'];
    const piped = await runBin([...args, '--hash-stdin'], env, `${hash}\n`);
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.stdout)).toEqual(expected);
    const fromEnv = await runBin([...args, '--csv'], { ...env, BOOMSTREAM_HASH: hash });
    expect(fromEnv.code).toBe(0);
    const [header, ...rows] = parseCsv(fromEnv.stdout);
    expect(header).toEqual(['createdAt', 'place', 'ip', 'country', 'userAgent', 'leftActivations']);
    expect(rows.map((row) => row[0])).toEqual(expected.items.map((item) => item.createdAt));
    expect(fromEnv.stdout).not.toContain(hash);
  });

  it('serves demo data with --mock and no key', async () => {
    const result = await runBin(['project', '--mock']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ sourceType: 'project', page: 1 });
  });
});

describe('exit codes', () => {
  it('0 for --help and --version', async () => {
    const help = await runBin(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('session  Statistics by customer session');
    expect(help.stdout).toContain('boomstream help [method]');
    const version = await runBin(['--version']);
    expect(version).toMatchObject({ code: 0, stdout: `${PACKAGE_VERSION}\n` });
  });

  it.each([
    [['project', '--start', '2024-02-30'], '--start: must be a calendar date as YYYY-MM-DD'],
    [
      ['project', '--start', '2024-06-10', '--end', '2024-06-01'],
      '--start: must be on or before end (2024-06-01)',
    ],
    [['project', '--page', '0'], '--page: must be 1 or more'],
    [['project', '--page', 'two'], '--page: must be a number'],
    [['project', '--page', '1.5'], '--page: must be a whole number'],
    [['project', '--group', 'quarter'], '--group: must be one of: day, hour, week, month'],
    [
      ['project', '--compare', 'yesterday'],
      '--compare: must be one of: previous, weekday, last-year',
    ],
    [['project', '--excel'], '--excel: only with --csv'],
    [
      ['session', '--code', 'AbCd1234', '--compare', 'previous'],
      '--compare: session lists sessions',
    ],
    [['target'], '--code: is required'],
    [['session', '--code', 'AbCd1234'], '$BOOMSTREAM_HASH: is required'],
    [['session', '--code', 'AbCd1234', '--group', 'day'], '--group: is not an option of session'],
    [['project', '--colour'], '--colour: is not an option; see boomstream help'],
    [['project', '--page', '2', '--all'], '--page and --all: choose one'],
    [['project', '--json', '--csv'], '--json and --csv: choose one'],
    [['stats'], 'unknown command "stats": must be one of project, target, session, help, demo'],
  ])('2 for bad input: %j', async (args, message) => {
    const result = await runBin(args, env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
  });

  it('2 for a secret in a flag, without echoing it', async () => {
    const hash = await runBin(['session', '--code', 'AbCd1234', '--hash', 'hunter2'], env);
    expect(hash.code).toBe(2);
    expect(hash.stderr).toContain('set BOOMSTREAM_HASH or pipe it to --hash-stdin');
    expect(hash.stderr).not.toContain('hunter2');
    const project = await runBin(['project', '--project', 'other-key-123'], env);
    expect(project.code).toBe(2);
    expect(project.stderr).toContain('--project: only "all" may be given as a flag');
    expect(project.stderr).not.toContain('other-key-123');
    expect((await runBin(['project', '--project', 'all'], env)).code).toBe(0);
  });

  it('0 and no stack trace when the reader stops early (boomstream … | head)', async () => {
    const child = spawn(
      process.execPath,
      [BIN, 'project', '--mock', '--group', 'hour', '--start', '2024-01-01', '--all', '--csv'],
      { env: { PATH: process.env['PATH'] ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const [code] = (await once(child, 'close')) as [number | null];
    expect(stderr).toBe('');
    expect(code).toBe(0);
    // It starts the demo mock and reads a year of hours: slow on a busy machine, not a timing check.
  }, 60_000);

  it('2 without a key or --mock, and with no method outside a terminal', async () => {
    const noKey = await runBin(['project']);
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toContain('BOOMSTREAM_API_KEY is not set');
    const noTerminal = await runBin([], { CI: '1' });
    expect(noTerminal.code).toBe(2);
    expect(noTerminal.stderr).toContain('the terminal UI needs a terminal');
    expect(noTerminal.stderr).toContain('Usage:');
  });

  it('1 for an API failure, redacted', async () => {
    const result = await runBin(['project'], { ...env, BOOMSTREAM_API_KEY: 'wrong-key-42' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Invalid API key');
    expect(result.stderr).not.toContain('wrong-key-42');
    expect(result.stdout).toBe('');
  });

  it('1 for an API message with control characters, printed on one line without them', async () => {
    // The API's text is not ours: a line break or an escape code must not reach the terminal.
    const api = createServer((_request, response) => {
      response.setHeader('content-type', 'application/xml');
      response.end(
        '<Response>\n<Status>Failed</Status>\n<Message>\u001b[31mQuota\nexceeded</Message>\n</Response>\n',
      );
    });
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = api.address() as AddressInfo;
      const result = await runBin(['project'], {
        ...env,
        BOOMSTREAM_BASE_URL: `http://127.0.0.1:${port}/api`,
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('Quota exceeded');
      expect(result.stderr).not.toContain('\u001b');
      expect(result.stderr.trimEnd()).not.toContain('\n');
    } finally {
      await new Promise((resolve) => api.close(resolve));
    }
  });

  it('1 for a malformed answer and for a refused connection', async () => {
    const broken = await startMockServer({ today: TODAY, faults: [{ kind: 'malformed' }] });
    try {
      const result = await runBin(['project'], { ...env, BOOMSTREAM_BASE_URL: broken.url });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^boomstream: project: /);
      expect(result.stderr).not.toContain(server.demo.apiKey);
    } finally {
      await broken.close();
    }
    const closed = await startMockServer({ today: TODAY });
    await closed.close();
    const refused = await runBin(['project', '--end', '2024-06-01'], {
      ...env,
      BOOMSTREAM_BASE_URL: closed.url,
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('apikey=***');
    expect(refused.stderr).not.toContain(server.demo.apiKey);
  });
});
