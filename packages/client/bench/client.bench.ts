/**
 * The client's cases for `npm run bench` (tools/bench): each figure of one run,
 * for the harness to pair with its baseline, interleave and take medians of.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import { methods } from '@boomstream/spec';
import { XMLParser } from 'fast-xml-parser';

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
 * `decode`: `decodeBody` of a 1 000-item hourly page (the well-formedness check,
 * fast-xml-parser, then the spec's zod codec), and the bare `XMLParser.parse` of
 * the same text with the client's parser options (values kept as text, entities
 * decoded, `Item` always a list) and the same build of the parser: what decoding
 * adds over parsing. Each round function answers CPU milliseconds per call,
 * calling for `ms` of wall time; the figure is `decode` over `bare`.
 */
export function decodeCase(ms: number): {
  decode: () => Promise<number>;
  bare: () => Promise<number>;
} {
  const xml = statsXml(hourlyPage(1, 1, 1000));
  const parser = new XMLParser(XML_PARSER_OPTIONS);
  return {
    decode: () => perCall(() => decodeBody(methods.project, xml, 1), ms, 'cpu'),
    bare: () => perCall(() => parser.parse(xml), ms, 'cpu'),
  };
}

const FIRST_ANSWER = fileURLToPath(new URL('first-answer.mjs', import.meta.url));
const BUILT = [
  fileURLToPath(new URL('../dist/index.js', import.meta.url)),
  fileURLToPath(new URL('../../mocks/dist/cli/main.js', import.meta.url)),
];
const MOCK_BIN = fileURLToPath(new URL('../../mocks/bin/boomstream-mock.js', import.meta.url));

/** Milliseconds of wall time of one `node …args` with `env`; it must exit 0. */
function wallTime(args: readonly string[], env: NodeJS.ProcessEnv): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`node ${args.join(' ')} exited ${String(result.status)}: ${result.stderr}`);
  }
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** The mock server's bin in a process of its own, and where it listens and with which key. */
async function startMockProcess() {
  const child = spawn(process.execPath, [MOCK_BIN, '--port', '0', '--today', '2024-06-01'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let url: string | undefined;
  let apiKey: string | undefined;
  for await (const line of createInterface({ input: child.stdout })) {
    url ??= /API at (\S+)/.exec(line)?.[1];
    apiKey ??= /API key:\s+(\S+)/.exec(line)?.[1];
    if (url !== undefined && apiKey !== undefined) break;
  }
  if (url === undefined || apiKey === undefined) {
    throw new Error('the mock server printed no URL and key');
  }
  // What it prints later (on SIGTERM) must not fill a pipe nobody reads.
  child.stdout.resume();
  return {
    url,
    apiKey,
    close: async () => {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * `client-first-answer`: a fresh `node` process that imports the built
 * `@boomstream/client` (`dist`, as an installed user gets it), creates a client,
 * awaits one `client.stats.project({})` from the mock server running in another
 * process, and exits (`first-answer.mjs`); and `node -e 0`. Each round function
 * answers the wall milliseconds of one process; the figure is `firstAnswer` over
 * `bare`. `undefined` when the client or the mocks are not built (`npm run build`).
 */
export async function firstAnswerCase(): Promise<
  | {
      firstAnswer: () => Promise<number>;
      bare: () => Promise<number>;
      close: () => Promise<void>;
    }
  | undefined
> {
  if (!BUILT.every((path) => existsSync(path))) return undefined;
  const mock = await startMockProcess();
  // A server answers its first requests slowly, while its own code warms up: that is
  // not the client's start, so it is over before the first round.
  for (let i = 0; i < 50; i++) {
    await (await fetch(`${mock.url}/stats?apikey=${mock.apiKey}`)).text();
  }
  // Both in the caller's environment, as a user's shell starts them: what it sets weighs
  // on both (NODE_EXTRA_CA_CERTS, say, has every start read the certificates). Only
  // NODE_OPTIONS goes, so that no loader of the bench's own leaks into either.
  const { NODE_OPTIONS: _loaders, ...shell } = process.env;
  const env = { ...shell, BOOMSTREAM_API_KEY: mock.apiKey, BOOMSTREAM_BASE_URL: mock.url };
  return {
    firstAnswer: () => Promise.resolve(wallTime([FIRST_ANSWER], env)),
    bare: () => Promise.resolve(wallTime(['-e', '0'], shell)),
    close: mock.close,
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
