/**
 * The mock under load: tens of thousands of mixed requests over 50 keep-alive
 * connections on loopback, as a suite of contract tests run in parallel would send.
 * A correctness check (every answer as the same request answered alone, memory that
 * comes back), never a timing one.
 */
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';

import { addDays } from '@boomstream/spec';
import { Pool } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { FAULT_HEADER } from './faults.js';
import { startMockServer, type MockServer } from './server.js';

const TODAY = '2024-06-30';
const CONNECTIONS = 50;
const REQUESTS = 20_000;
const MIB = 1024 * 1024;

// The heap is weighed after a full collection, or garbage would count as growth.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

function heapAfterGc(): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}

let server: MockServer;
let origin: string;
/** Distinct valid requests of every method: paths, each with its answer when asked alone. */
let reference: Map<string, { status: number; body: string }>;
let paths: string[];

/** The request paths of the mix: every method over many periods, groupings and pages. */
function mixedPaths(): string[] {
  const { apiKey, codes, sessions } = server.demo;
  const key = encodeURIComponent(apiKey);
  const mix: string[] = [];
  for (let n = 0; n < 60; n++) {
    const start = addDays('2024-06-01', -n * 3);
    const end = addDays(start, 5 + (n % 25));
    const group = n % 2 === 0 ? 'day' : 'hour';
    mix.push(`/api/stats?apikey=${key}&start=${start}&end=${end}&group=${group}`);
    // A second page only where there is one: hourly over a month.
    mix.push(`/api/stats?apikey=${key}&start=${start}&end=${addDays(start, 29)}&group=hour&page=2`);
    const code = codes[n % codes.length] ?? '';
    mix.push(`/api/stats?apikey=${key}&code=${code}&start=${start}&end=${end}&group=${group}`);
    const session = sessions[n % sessions.length];
    if (session) {
      const query = new URLSearchParams({
        apikey: apiKey,
        code: session.code,
        hash: session.hash,
        start: addDays(start, -90),
        end,
      });
      mix.push(`/api/ppv/sessions?${query.toString()}`);
    }
  }
  return mix;
}

/** What became of one request: its status, or the error that ended it. */
interface Outcome {
  readonly path: string;
  readonly fault: string | undefined;
  /** Why the answer is not the request's answer alone; `undefined` when it is. */
  readonly wrong: string | undefined;
  readonly status: number | 'error';
}

/** Why an answer differs from the request's answer alone; `undefined` when it does not. */
function difference(path: string, status: number, body: string): string | undefined {
  const expected = reference.get(path);
  if (status !== expected?.status) return `${path}: HTTP ${status}`;
  return body === expected.body ? undefined : `${path}: another body`;
}

/**
 * Sends `count` requests, request `n` for `pathOf(n)` with the fault `faultOf(n)`,
 * `CONNECTIONS` at a time on as many connections; answers every outcome, errors
 * included. Bodies are compared as they come and not kept: the heap is measured.
 */
async function load(
  count: number,
  pathOf: (n: number) => string,
  faultOf: (n: number) => string | undefined = () => undefined,
): Promise<Outcome[]> {
  const pool = new Pool(origin, { connections: CONNECTIONS, pipelining: 1 });
  const outcomes: Outcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const n = next++;
      const path = pathOf(n);
      const fault = faultOf(n);
      try {
        const { statusCode, body } = await pool.request({
          method: 'GET',
          path,
          headers: fault === undefined ? {} : { [FAULT_HEADER]: fault },
        });
        const wrong = difference(path, statusCode, await body.text());
        outcomes.push({ path, fault, wrong, status: statusCode });
      } catch (error) {
        outcomes.push({ path, fault, wrong: `${path}: ${String(error)}`, status: 'error' });
      }
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  await pool.close();
  return outcomes;
}

/** The outcomes that differ from the request's answer alone, described for a failure message. */
function wrongAnswers(outcomes: readonly Outcome[]): string[] {
  return outcomes.flatMap((outcome) => (outcome.wrong === undefined ? [] : [outcome.wrong]));
}

beforeAll(async () => {
  server = await startMockServer({ today: TODAY, now: new Date(`${TODAY}T20:00:00+03:00`) });
  origin = new URL(server.url).origin;
  paths = mixedPaths();
  // The reference: each request answered alone, one after the other.
  reference = new Map();
  for (const path of paths) {
    const response = await fetch(`${origin}${path}`);
    reference.set(path, { status: response.status, body: await response.text() });
  }
});
afterAll(() => server.close());

describe(
  `the mock server under ${REQUESTS} requests over ${CONNECTIONS} connections`,
  { timeout: 120_000 },
  () => {
    it('the mix is valid and varied: every reference a 200, items for every method', () => {
      expect(new Set(paths).size).toBe(paths.length);
      const answers = [...reference];
      expect(answers.filter(([, answer]) => answer.status !== 200)).toEqual([]);
      // Empty pages (past the last one, a quiet period) are valid answers too, but each method has items.
      const withItems = answers.filter(([, answer]) => answer.body.includes('<Item>'));
      const kinds = (path: string) =>
        path.includes('/ppv/sessions') ? 'session' : path.includes('&code=') ? 'target' : 'project';
      expect(new Set(withItems.map(([path]) => kinds(path)))).toEqual(
        new Set(['project', 'target', 'session']),
      );
    });

    it('answers every request as it answers it alone, and its heap after GC grows by less than 50 MiB', async () => {
      // A first round warms what stays for good (the world's answers, JIT, sockets' buffers).
      await load(2_000, (n) => paths[n % paths.length] ?? '');
      const before = heapAfterGc();
      const outcomes = await load(REQUESTS, (n) => paths[(n * 7) % paths.length] ?? '');
      const growth = heapAfterGc() - before;
      expect(outcomes).toHaveLength(REQUESTS);
      expect(wrongAnswers(outcomes).slice(0, 5)).toEqual([]);
      expect(growth / MIB).toBeLessThan(50);
    });

    it('with faults mixed in, answers every request without a fault as it answers it alone', async () => {
      const faults = ['status=500', 'reset', 'truncate', 'rate-limit=1', 'malformed', 'html'];
      // One request in five asks for a fault, each kind in turn.
      const faultOf = (n: number) => (n % 5 === 0 ? faults[(n / 5) % faults.length] : undefined);
      const outcomes = await load(REQUESTS, (n) => paths[(n * 11) % paths.length] ?? '', faultOf);
      const clean = outcomes.filter((outcome) => outcome.fault === undefined);
      const faulted = outcomes.filter((outcome) => outcome.fault !== undefined);
      expect(outcomes).toHaveLength(REQUESTS);
      expect(clean.length).toBe(REQUESTS - REQUESTS / 5);
      expect(wrongAnswers(clean).slice(0, 5)).toEqual([]);
      // The faults were played: none of the faulted requests got the request's answer.
      expect(wrongAnswers(faulted)).toHaveLength(faulted.length);
      const statuses = new Set(faulted.map((outcome) => outcome.status));
      expect([...statuses].sort()).toEqual([200, 429, 500, 502, 'error'].sort());
    });
  },
);
