import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { BoomstreamClient } from '@boomstream/client';
import { startMockServer, type MockServer } from '@boomstream/mocks';
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { parseCsv } from '../../test/parse-csv.js';
import { BIN, runBin } from '../../test/run-bin.js';

const TODAY = '2024-06-30';
/** These run the bin, several times each, on a machine shared with other tests. */
const SLOW = 40_000;
let server: MockServer;
let client: BoomstreamClient;
let env: Record<string, string>;

beforeAll(async () => {
  server = await startMockServer({ today: TODAY, seed: 7 });
  client = new BoomstreamClient({ apiKey: server.demo.apiKey, baseUrl: server.url });
  env = { BOOMSTREAM_API_KEY: server.demo.apiKey, BOOMSTREAM_BASE_URL: server.url };
});
afterAll(() => server.close());

/** An API that accepts connections and never answers; `requests` resolves on the first request. */
async function silentApi(): Promise<{
  url: string;
  requested: Promise<unknown>;
  close(): Promise<void>;
}> {
  const api: Server = createServer(() => undefined);
  const requested = once(api, 'request');
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  const { port } = api.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api`,
    requested,
    close: () =>
      new Promise((resolve) => {
        api.closeAllConnections();
        api.close(() => {
          resolve();
        });
      }),
  };
}

describe('boomstream help', () => {
  it.each([['help'], ['--help'], ['help', 'project'], ['target', '--help'], ['session', '-h']])(
    '%j fits in 80 columns',
    async (...args) => {
      const result = await runBin(args);
      expect(result.code).toBe(0);
      for (const line of result.stdout.split('\n')) {
        expect(stringWidth(line), line).toBeLessThanOrEqual(80);
      }
    },
    SLOW,
  );

  it(
    'gives one method its own flags and two or three examples',
    async () => {
      const project = await runBin(['project', '--help']);
      expect(project.stdout).toMatch(/^boomstream project: Statistics by project/);
      expect(project.stdout).toContain('--project all');
      expect(project.stdout).not.toContain('--code');
      expect(project.stdout).not.toContain('--hash-stdin');
      const examples = (text: string) =>
        (text.split('Examples')[1] ?? '').split('\n').filter((line) => /^ {2}\S/.test(line));
      expect(examples(project.stdout).length).toBeGreaterThanOrEqual(2);
      expect(examples(project.stdout).length).toBeLessThanOrEqual(3);
      const session = await runBin(['help', 'session']);
      expect(session.stdout).toContain('$BOOMSTREAM_HASH');
      expect(session.stdout).toContain('--hash-stdin');
      expect(examples(session.stdout).length).toBeGreaterThanOrEqual(2);
    },
    SLOW,
  );
});

describe('boomstream demo', () => {
  it(
    'prints the demo key, codes and passwords that --mock answers to',
    async () => {
      // At the real time, as `demo` starts its server: early in Moscow's day, sessions of
      // later today are not made yet, and a whole-day world would list them.
      const mock = await startMockServer({ now: new Date() });
      const { demo } = mock;
      await mock.close();
      const json = await runBin(['demo', '--json']);
      expect(json.code).toBe(0);
      expect(JSON.parse(json.stdout)).toEqual({
        apiKey: demo.apiKey,
        codes: demo.codes,
        sessions: demo.sessions,
      });
      const text = await runBin(['demo']);
      expect(text.stdout).toContain(demo.apiKey);
      for (const code of demo.codes) expect(text.stdout).toContain(code);
      for (const { hash } of demo.sessions) expect(text.stdout).toContain(hash);
      // What it prints works: a demo code and its password find sessions with --mock.
      const { code, hash } = demo.sessions[0]!;
      const sessions = await runBin(['session', '--mock', '--code', code], {
        BOOMSTREAM_HASH: hash,
      });
      expect(sessions.code).toBe(0);
      expect(sessions.stderr).toBe('');
    },
    SLOW,
  );
});

describe('answers that could pass for others', () => {
  it(
    'says on stderr that a wrong password finds no sessions; a right one says nothing',
    async () => {
      const { code, hash } = server.demo.sessions[0]!;
      const args = ['session', '--code', code, '--start', '2024-06-01', '--end', '2024-06-30'];
      const wrong = await runBin(args, { ...env, BOOMSTREAM_HASH: 'not-the-password' });
      expect(wrong.code).toBe(0);
      expect(JSON.parse(wrong.stdout)).toEqual({ page: 1, items: [] });
      expect(wrong.stderr).toBe(
        'boomstream: no sessions for this code and password in the period (a wrong password finds none too)\n',
      );
      const right = await runBin(args, { ...env, BOOMSTREAM_HASH: hash });
      expect(right.stderr).toBe('');
      expect((JSON.parse(right.stdout) as { items: unknown[] }).items.length).toBeGreaterThan(0);
    },
    SLOW,
  );

  it(
    'says on stderr that a page past the end is past the end, with exit 0',
    async () => {
      const { pageCount } = await client.stats.project({});
      const result = await runBin(['project', '--page', '99'], env);
      expect(result.code).toBe(0);
      expect((JSON.parse(result.stdout) as { items: unknown[] }).items).toEqual([]);
      expect(result.stderr).toBe(
        `boomstream: --page: page 99 is past the last page (${pageCount} page${pageCount === 1 ? '' : 's'} in all)\n`,
      );
    },
    SLOW,
  );
});

describe('one JSON shape', () => {
  it(
    'prints --all as the first page without its paging fields, items holding every page',
    async () => {
      const params = { start: '2024-04-01', end: '2024-06-30', group: 'hour' } as const;
      const first = await client.stats.project(params);
      expect(first.pageCount).toBeGreaterThan(1);
      const all = await runBin(
        ['project', '--start', '2024-04-01', '--end', '2024-06-30', '--group', 'hour', '--all'],
        env,
      );
      expect(all.code).toBe(0);
      const { page: _page, pageLimit: _limit, items: _items, ...header } = first;
      // Hourly dates carry the Moscow offset in every export.
      const items = (await client.stats.project.all(params)).map((item) => ({
        ...item,
        date: `${item.date}:00+03:00`,
      }));
      expect(JSON.parse(all.stdout)).toEqual({ ...header, items });
    },
    SLOW,
  );
});

describe('several media codes', () => {
  it(
    'prints total hours per code for one period, largest first, as CSV and JSON',
    async () => {
      const codes = server.demo.codes.slice(0, 3);
      const period = ['--start', '2024-06-01', '--end', '2024-06-30'];
      const expected = await Promise.all(
        codes.map(async (code) => {
          const items = await client.stats.target.all({
            code,
            start: '2024-06-01',
            end: '2024-06-30',
          });
          // Exact: the milliseconds summed, rounded to hours once (never rounded hours summed).
          const timeMs = items.reduce((sum, item) => sum + item.timeMs, 0);
          return { code, timeMs, hours: Math.round(timeMs / 36_000) / 100 };
        }),
      );
      expected.sort((a, b) => b.timeMs - a.timeMs);
      expect(expected[0]!.hours).toBeGreaterThan(0);

      const csv = await runBin(['target', '--code', codes.join(','), ...period, '--csv'], env);
      expect(csv.code).toBe(0);
      expect(parseCsv(csv.stdout)).toEqual([
        ['code', 'timeMs', 'hours'],
        ...expected.map((row) => [row.code, String(row.timeMs), String(row.hours)]),
      ]);
      const repeated = codes.flatMap((code) => ['--code', code]);
      const totalMs = expected.reduce((sum, row) => sum + row.timeMs, 0);
      const json = await runBin(['target', ...repeated, ...period], env);
      expect(JSON.parse(json.stdout)).toEqual({
        period: { start: '2024-06-01', end: '2024-06-30' },
        groupBy: 'day',
        total: { timeMs: totalMs, hours: Math.round(totalMs / 36_000) / 100 },
        items: expected,
      });
    },
    SLOW,
  );

  it(
    'works on the demo data with --mock',
    async () => {
      const demo = await runBin(['demo', '--json']);
      const { codes } = JSON.parse(demo.stdout) as { codes: string[] };
      const result = await runBin(['target', '--mock', '--code', codes.join(','), '--csv']);
      expect(result.code).toBe(0);
      const [header, ...rows] = parseCsv(result.stdout);
      expect(header).toEqual(['code', 'timeMs', 'hours']);
      expect(rows.map((row) => row[0]).sort()).toEqual([...codes].sort());
      const hours = rows.map((row) => Number(row[2]));
      expect(hours).toEqual([...hours].sort((a, b) => b - a));
    },
    SLOW,
  );
});

describe('a server that never answers', () => {
  it(
    'gives up after --timeout, naming the flag, with exit 1',
    async () => {
      const api = await silentApi();
      try {
        const result = await runBin(['project', '--timeout', '0.5'], {
          ...env,
          BOOMSTREAM_BASE_URL: api.url,
        });
        expect(result.code).toBe(1);
        expect(result.stderr).toBe(
          'boomstream: --timeout: no answer within 0.5 s; raise --timeout, or check BOOMSTREAM_BASE_URL\n',
        );
      } finally {
        await api.close();
      }
    },
    SLOW,
  );

  it(
    'exits 130 on Ctrl-C (SIGINT), saying it was interrupted',
    async () => {
      const api = await silentApi();
      try {
        const child = spawn(process.execPath, [BIN, 'project'], {
          env: { PATH: process.env['PATH'] ?? '', ...env, BOOMSTREAM_BASE_URL: api.url },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        await api.requested;
        child.kill('SIGINT');
        const [code] = (await once(child, 'close')) as [number | null];
        expect(code).toBe(130);
        expect(stderr).toBe('boomstream: interrupted\n');
      } finally {
        await api.close();
      }
    },
    SLOW,
  );
});
