/**
 * `npm run bench`: ratios measured in one run, on this machine, now. No thresholds:
 * the numbers are for reading, tests never assert timings.
 *
 * 1. `.all()` over many pages of a server that answers each after a delay, at
 *    concurrency 4 against 1: how much bounded concurrency buys on a slow API.
 * 2. Decoding a 1000-item hourly page against the bare XML parse of it: what the
 *    client adds to the parser (entity decoding, validation, the spec's codecs).
 */
import { setTimeout as delay } from 'node:timers/promises';

import { methods } from '@boomstream/spec';
import { XMLParser } from 'fast-xml-parser';

import { BoomstreamClient, decodeBody } from '../src/index.js';
import { sendXml, startServer } from '../test/server.js';
import { hourlyPage, statsXml } from '../test/xml.js';

const PAGES = 40;
const LATENCY_MS = 20;
const ROUNDS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function timeIt(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function benchAll(): Promise<void> {
  const pages = Array.from({ length: PAGES }, (_, i) => statsXml(hourlyPage(i + 1, PAGES, 100)));
  const server = await startServer(async (request, response) => {
    await delay(LATENCY_MS);
    sendXml(response, pages[Number(request.query.get('page') ?? '1') - 1] ?? '');
  });
  try {
    const client = new BoomstreamClient({ apiKey: 'bench', baseUrl: server.url });
    const read = (concurrency: number) => () => client.stats.project.all({}, { concurrency });
    await read(4)(); // warm-up: connections, JIT
    const serial: number[] = [];
    const parallel: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      serial.push(await timeIt(read(1)));
      parallel.push(await timeIt(read(4)));
    }
    const [one, four] = [median(serial), median(parallel)];
    console.log(
      `.all() over ${PAGES} pages, ${LATENCY_MS} ms latency each: concurrency 1 ${one.toFixed(0)} ms, ` +
        `concurrency 4 ${four.toFixed(0)} ms → ${(one / four).toFixed(2)}× faster (ideal 4×)`,
    );
  } finally {
    await server.close();
  }
}

/** Milliseconds per call of each variant: rounds interleave the variants, so that drift in the machine hits all alike. */
function perCall<K extends string>(variants: Record<K, () => unknown>, rounds = 7, roundMs = 250) {
  const samples = Object.fromEntries(
    Object.keys(variants).map((name) => [name, [] as number[]]),
  ) as Record<K, number[]>;
  for (const run of Object.values<() => unknown>(variants)) for (let i = 0; i < 20; i++) run();
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of Object.entries<() => unknown>(variants)) {
      let calls = 0;
      const started = performance.now();
      while (performance.now() - started < roundMs) {
        run();
        calls += 1;
      }
      samples[name as K].push((performance.now() - started) / calls);
    }
  }
  return Object.fromEntries(
    Object.entries<number[]>(samples).map(([name, times]) => [name, median(times)]),
  ) as Record<K, number>;
}

function benchDecode(): void {
  const xml = statsXml(hourlyPage(1, 1, 1000));
  const bare = new XMLParser();
  const sameOptions = new XMLParser({
    parseTagValue: false,
    processEntities: false,
    isArray: (name) => name === 'Item',
  });
  const ms = perCall({
    bare: (): unknown => bare.parse(xml),
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- measured: the check the client relies on
    checked: (): unknown => sameOptions.parse(xml, true),
    unchecked: (): unknown => sameOptions.parse(xml),
    decode: () => decodeBody(methods.project, xml, 1),
  });
  const kb = (Buffer.byteLength(xml) / 1024).toFixed(0);
  console.log(`decode of a 1000-item hourly page (${kb} KB):`);
  console.log(
    `  bare XMLParser.parse ${ms.bare.toFixed(2)} ms; decodeBody ${ms.decode.toFixed(2)} ms → ${(ms.decode / ms.bare).toFixed(2)}× the bare parse`,
  );
  console.log(
    `  well-formedness check (parse(xml, true)) costs ${(ms.checked / ms.unchecked).toFixed(2)}× the unchecked parse with the same options`,
  );
  console.log(
    `  the spec's codecs and checks: ${(((ms.decode - ms.checked) / ms.decode) * 100).toFixed(0)} % of decodeBody`,
  );
}

await benchAll();
benchDecode();
