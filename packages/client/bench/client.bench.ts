/**
 * The client's cases for `npm run bench` (tools/bench): each figure of one run,
 * for the harness to pair with its baseline, interleave and take medians of.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import { methods } from '@boomstream/spec';
import { XMLParser } from 'fast-xml-parser';
import { request } from 'undici';

import { BoomstreamClient, decodeBody } from '../src/index.js';
import { XML_PARSER_OPTIONS } from '../src/internal/xml.js';
import { sendXml, startServer } from '../test/server.js';
import { hourlyPage, statsXml } from '../test/xml.js';

/** The milliseconds so far: of this process's CPU time, or of wall time. */
const clocks = {
  cpu: () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  },
  wall: () => performance.now(),
};

/**
 * Milliseconds per call of `run` by `clock`, calling it for `ms` of wall time.
 * CPU time for work that never waits: on a shared machine, the time this
 * process waits for a core while others run is not the code's cost, and it
 * differs between a case and its baseline run a moment apart. Wall time for
 * what waits on the network, where the waiting is part of what is measured.
 */
async function perCall(
  run: () => unknown,
  ms: number,
  clock: keyof typeof clocks,
): Promise<number> {
  let calls = 0;
  const started = performance.now();
  const from = clocks[clock]();
  while (performance.now() - started < ms) {
    await run();
    calls++;
  }
  return (clocks[clock]() - from) / calls;
}

/**
 * `decodeBody` of a 1 000-item hourly page, and the bare `XMLParser.parse` of the
 * same bytes with the client's parser options (values kept as text, entities
 * decoded, `Item` always a list): what decoding adds over parsing.
 */
export function decodeCase(ms: number) {
  const xml = statsXml(hourlyPage(1, 1, 1000));
  const parser = new XMLParser(XML_PARSER_OPTIONS);
  return {
    decode: () => perCall(() => decodeBody(methods.project, xml, 1), ms, 'cpu'),
    bare: () => perCall(() => parser.parse(xml), ms, 'cpu'),
  };
}

/**
 * One `client.stats.project()` call of a 1 KB answer, and raw `undici.request`,
 * `body.text()` and a bare parse with the client's parser options of the same body.
 */
export async function callCase(ms: number) {
  const xml = statsXml(hourlyPage(1, 1, 8));
  const server = await startServer((_request, response) => {
    sendXml(response, xml);
  });
  const client = new BoomstreamClient({ apiKey: 'bench', baseUrl: server.url });
  const parser = new XMLParser(XML_PARSER_OPTIONS);
  const url = `${server.url}/stats?apikey=bench`;
  return {
    bytes: Buffer.byteLength(xml),
    call: () => perCall(() => client.stats.project({}), ms, 'wall'),
    raw: () =>
      perCall(
        async () => {
          const { body } = await request(url);
          return parser.parse(await body.text());
        },
        ms,
        'wall',
      ),
    close: () => server.close(),
  };
}

/**
 * `.all()` over `pages` pages of a server that answers each after `latencyMs`:
 * the speedup of concurrency 4 over 1, and its limit, since page 1 is read alone
 * (it says how many there are) and the rest `concurrency` at a time.
 */
export async function paginateCase(pages: number, latencyMs: number) {
  const bodies = Array.from({ length: pages }, (_, i) => statsXml(hourlyPage(i + 1, pages, 100)));
  const server = await startServer(async (seen, response) => {
    await delay(latencyMs);
    sendXml(response, bodies[Number(seen.query.get('page') ?? '1') - 1] ?? '');
  });
  const client = new BoomstreamClient({ apiKey: 'bench', baseUrl: server.url });
  const timeAll = async (concurrency: number) => {
    const started = performance.now();
    await client.stats.project.all({}, { concurrency });
    return performance.now() - started;
  };
  return {
    limit: pages / (1 + Math.ceil((pages - 1) / 4)),
    speedup: async () => {
      const serial = await timeAll(1);
      return serial / (await timeAll(4));
    },
    close: () => server.close(),
  };
}

/** MiB the heap grew by, after a full GC, once `.iterate()` has read 100 pages of 1 000 items. */
export async function iterateMemoryCase() {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const pages = 100;
  const bodies = Array.from({ length: pages }, (_, i) => statsXml(hourlyPage(i + 1, pages, 1000)));
  const server = await startServer((seen, response) => {
    sendXml(response, bodies[Number(seen.query.get('page') ?? '1') - 1] ?? '');
  });
  const client = new BoomstreamClient({ apiKey: 'bench', baseUrl: server.url });
  return {
    growth: async () => {
      gc();
      const before = process.memoryUsage().heapUsed;
      let items = 0;
      let growth = 0;
      for await (const item of client.stats.project.iterate({})) {
        items += item.timeMs >= 0 ? 1 : 0;
        if (items === pages * 1000) {
          // Measured inside the loop: what the iterator holds on to while it still runs.
          gc();
          growth = (process.memoryUsage().heapUsed - before) / 2 ** 20;
        }
      }
      if (items !== pages * 1000) throw new Error(`iterate() read ${items} items`);
      return growth;
    },
    close: () => server.close(),
  };
}
