/**
 * `npm run bench`: requests per second of the mock server against a bare
 * node:http server answering a constant body of the same size, with the same
 * load generator (an undici Pool, 10 connections) in the same process, printed
 * as ratios: for one repeated query (served from the answer cache) and for
 * distinct queries (each answer computed through the spec's codecs). Rounds
 * alternate so that a noisy machine hits all alike.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { addDays } from '@boomstream/spec';
import { Pool } from 'undici';

import { startMockServer } from './server/server.js';

const CONNECTIONS = 10;
const ROUND_MS = 2_000;
const ROUNDS = 3;

async function load(origin: string, pathOf: (n: number) => string): Promise<number> {
  const pool = new Pool(origin, { connections: CONNECTIONS, pipelining: 1 });
  let done = 0;
  const until = performance.now() + ROUND_MS;
  const worker = async () => {
    while (performance.now() < until) {
      const { statusCode, body } = await pool.request({ method: 'GET', path: pathOf(done) });
      await body.dump();
      if (statusCode !== 200) throw new Error(`HTTP ${statusCode} from ${origin}`);
      done++;
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  await pool.close();
  return done / (ROUND_MS / 1000);
}

const mock = await startMockServer({ seed: 1, today: '2024-06-30' });
const path = `/api/stats?apikey=${mock.demo.apiKey}&start=2024-06-01&end=2024-06-30`;
const mockOrigin = new URL(mock.url).origin;
const constant = await (await fetch(`${mockOrigin}${path}`)).text();
const bare = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/xml; charset=utf-8' });
  res.end(constant);
});
await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
const bareOrigin = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;

/** 600 distinct 30-day windows: more than the answer cache holds, so each answer is computed. */
const distinct = (n: number) => {
  const start = addDays('2024-05-31', -(n % 600));
  return `/api/stats?apikey=${mock.demo.apiKey}&start=${start}&end=${addDays(start, 29)}`;
};
const loads = {
  bare: () => load(bareOrigin, () => path),
  repeated: () => load(mockOrigin, () => path),
  distinct: () => load(mockOrigin, distinct),
};
const rates: Record<keyof typeof loads, number[]> = { bare: [], repeated: [], distinct: [] };
for (const run of Object.values(loads)) await run(); // warm-up, not counted
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, run] of Object.entries(loads))
    rates[name as keyof typeof loads].push(await run());
}
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const bareRate = median(rates.bare);
const repeatedRate = median(rates.repeated);
const distinctRate = median(rates.distinct);
console.log(
  `30-day daily stats (${Buffer.byteLength(constant)} B), ${CONNECTIONS} connections, median of ${ROUNDS} rounds of ${ROUND_MS} ms:`,
);
console.log(`  bare node:http, constant body:  ${bareRate.toFixed(0)} req/s`);
console.log(
  `  mock, one repeated query:       ${repeatedRate.toFixed(0)} req/s  ratio ${(repeatedRate / bareRate).toFixed(2)}`,
);
console.log(
  `  mock, distinct queries:         ${distinctRate.toFixed(0)} req/s  ratio ${(distinctRate / bareRate).toFixed(2)}`,
);
await mock.close();
bare.closeAllConnections();
bare.close();
