/**
 * The mock server under load against a bare node:http server that answers
 * every path with the bytes the mock answered it (fetched beforehand from
 * another server of the same world), with the same load generator: an undici
 * Pool, 10 connections, in this process. Run by `npm run bench` (tools/bench).
 *
 * `distinct` measures answers computed through the spec's codec: each request
 * carries a parameter no method has (`nonce`), so no two requests share an
 * answer-cache key, and the mock runs with `lenientParams` so that it answers
 * the query without the nonce instead of refusing it. (Varying what the API
 * takes, such as the dates, would change the bodies, which the bare server could
 * then only send had it fetched every one beforehand.) `mixed`
 * measures what a UI session gets: its 600 queries asked again and again, from
 * the answer cache once asked (the first round computes them).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { addDays } from '@boomstream/spec';
import { Pool } from 'undici';

import { startMockServer } from './server/server.js';

const CONNECTIONS = 10;
const WORLD = { seed: 1, today: '2024-06-30' };

/** The parameter that makes each request of a `unique` load its own, for the answer cache. */
const NONCE = 'nonce';

/** Nonces handed out so far: never reset, so no round asks what an earlier one asked. */
let nonces = 0;

/** The next nonce, of fixed width: both servers get requests of the same length. */
const nextNonce = () => `&${NONCE}=${String(nonces++).padStart(12, '0')}`;

/**
 * Requests per second of `origin` over `ms`, each worker asking the next path in
 * turn; with `unique`, each request carries its own nonce.
 */
async function requestRate(
  origin: string,
  paths: readonly string[],
  ms: number,
  unique: boolean,
): Promise<number> {
  const pool = new Pool(origin, { connections: CONNECTIONS, pipelining: 1 });
  let done = 0;
  const until = performance.now() + ms;
  const worker = async () => {
    while (performance.now() < until) {
      const base = paths[done % paths.length] ?? '/';
      const path = unique ? `${base}${nextNonce()}` : base;
      done++;
      const { statusCode, body } = await pool.request({ method: 'GET', path });
      await body.dump();
      if (statusCode !== 200) throw new Error(`HTTP ${statusCode} from ${origin}${path}`);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  const seconds = (performance.now() - started) / 1000;
  await pool.close();
  return done / seconds;
}

/** A small seeded generator, so that every run asks the same questions. */
function* seeded(seed: number): Generator<number, never> {
  let state = seed;
  for (;;) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    yield state / 2 ** 32;
  }
}

/** 600 distinct 30-day daily windows, about 2 KB each. */
const distinctQueries = (apiKey: string) =>
  Array.from({ length: 600 }, (_, n) => {
    const start = addDays('2024-05-31', -n);
    return `/api/stats?apikey=${apiKey}&start=${start}&end=${addDays(start, 29)}`;
  });

/**
 * 600 queries of every shape a UI session asks: days over up to a year, hours
 * over up to 40 days (up to a 1 000-item page, about 80 KB), either order, a
 * second page, `project=all`, a media's stats.
 */
function mixedQueries(apiKey: string, codes: readonly string[]): string[] {
  const random = seeded(7);
  const next = () => random.next().value;
  return Array.from({ length: 600 }, () => {
    const hourly = next() < 0.4;
    const days = Math.ceil(next() * (hourly ? 40 : 365));
    const end = addDays(WORLD.today, -Math.floor(next() * 300));
    const query = new URLSearchParams({ apikey: apiKey, start: addDays(end, 1 - days), end });
    if (hourly) query.set('group', 'hour');
    if (next() < 0.5) query.set('order', 'desc');
    if (next() < 0.1) query.set('page', '2');
    const source = next();
    if (source < 0.2) query.set('project', 'all');
    else if (source < 0.5) query.set('code', codes[Math.floor(next() * codes.length)] ?? '');
    return `/api/stats?${query.toString()}`;
  });
}

/** A load: the mock's rate and the bare server's, in requests per second, and the size of what they send. */
export interface Load {
  readonly mock: () => Promise<number>;
  readonly bare: () => Promise<number>;
  readonly bytes: { readonly min: number; readonly max: number };
}

/** Starts the mock and the bare servers; `roundMs` is how long each measured load lasts. */
export async function startLoads(roundMs: number) {
  const mock = await startMockServer({ ...WORLD, lenientParams: true });
  const reference = await startMockServer(WORLD);
  const mockOrigin = new URL(mock.url).origin;
  const { apiKey, codes } = mock.demo;
  const queries = {
    distinct: distinctQueries(apiKey),
    mixed: mixedQueries(apiKey, codes),
  };
  const bodies = new Map<string, string>();
  for (const path of [...queries.distinct, ...queries.mixed]) {
    bodies.set(path, await (await fetch(new URL(path, reference.url))).text());
  }
  await reference.close();
  const bare = createServer((request, response) => {
    const url = request.url ?? '';
    const nonce = url.indexOf(`&${NONCE}=`);
    response.writeHead(200, { 'content-type': 'application/xml; charset=utf-8' });
    response.end(bodies.get(nonce < 0 ? url : url.slice(0, nonce)) ?? '');
  });
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const bareOrigin = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;
  const load = (paths: readonly string[], unique: boolean): Load => {
    const sizes = paths.map((path) => Buffer.byteLength(bodies.get(path) ?? ''));
    return {
      mock: () => requestRate(mockOrigin, paths, roundMs, unique),
      bare: () => requestRate(bareOrigin, paths, roundMs, unique),
      bytes: { min: Math.min(...sizes), max: Math.max(...sizes) },
    };
  };
  return {
    distinct: load(queries.distinct, true),
    mixed: load(queries.mixed, false),
    close: async () => {
      await mock.close();
      bare.closeAllConnections();
      await new Promise((resolve) => bare.close(resolve));
    },
  };
}
