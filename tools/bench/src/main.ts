/**
 * `npm run bench` (full) and `npm run bench -- --quick` (under a minute): every
 * case against its baseline in the same run, interleaved, the median of the
 * rounds' ratios and their spread, written to bench/results.json and printed as
 * a table. No thresholds fail the run: the figures are for reading.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

import { interactiveCase } from '../../../apps/tui/bench/interactive.bench.js';
import { versionCase } from '../../../apps/tui/bench/start-time.bench.js';
import {
  decodeCase,
  firstAnswerCase,
  iterateMemoryCase,
  paginateCase,
} from '../../../packages/client/bench/client.bench.js';
import { startLoads } from '../../../packages/mocks/src/load.bench.js';
import { notMeasured, summarize, table, type BenchResult, type CaseInfo } from './result.js';
import { interleave } from './rounds.js';

const quick = process.argv.includes('--quick');
/**
 * Rounds of every case, the milliseconds of each load and of each timed loop, and
 * the latency of each page for `.all()`. Quick keeps the whole command, the build
 * of a fresh clone included, under a minute.
 */
const settings = quick
  ? { rounds: 5, loadMs: 500, loopMs: 200, spawns: 9, latencyMs: 25 }
  : { rounds: 7, loadMs: 2_000, loopMs: 500, spawns: 21, latencyMs: 50 };
const OUTPUT = fileURLToPath(new URL('../../../bench/results.json', import.meta.url));

const info = (
  id: string,
  direction: CaseInfo['direction'],
  target: number | undefined,
  unit: string,
  note: string,
): CaseInfo => ({ id, direction, target, unit, note });

/** Runs one case; a case that throws is reported as not measured, with why. */
async function run(caseInfo: CaseInfo, measure: () => Promise<BenchResult>): Promise<BenchResult> {
  process.stderr.write(`bench: ${caseInfo.id}…\n`);
  try {
    return await measure();
  } catch (error) {
    return notMeasured(
      caseInfo,
      `failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

const results: BenchResult[] = [];
const { rounds } = settings;

const loads = await startLoads(settings.loadMs);
try {
  for (const [id, load, target, what] of [
    [
      'mock-distinct',
      loads.distinct,
      undefined,
      '600 distinct 30-day daily queries, each request unique (a nonce), so every answer is computed through the spec’s codec and the XML builder',
    ],
    [
      'mock-mixed',
      loads.mixed,
      0.05,
      '600 mixed queries (days, hours, pages, order, all, media), repeated every round: from the answer cache after their first pass. The budget: ahead of Prism serving the document’s examples on the same machine (about 0.045 × bare on one repeated 3 KB answer)',
    ],
  ] as const) {
    const caseInfo = info(
      id,
      'at least',
      target,
      'req/s',
      `${what}; ${load.bytes.min}–${load.bytes.max} B; baseline: bare node:http sending the same bodies; undici Pool, 10 connections, ${settings.loadMs} ms per round`,
    );
    results.push(
      await run(caseInfo, async () =>
        summarize(caseInfo, await interleave(rounds, load.mock, load.bare)),
      ),
    );
  }
} finally {
  await loads.close();
}

const decodeInfo = info(
  'decode',
  'at most',
  2,
  'CPU ms/call',
  'CPU time of decodeBody of a 1 000-item hourly page (92 KB): the well-formedness check, fast-xml-parser and the spec’s zod codec; baseline: a bare XMLParser.parse of the same text with the client’s parser options, unvalidated',
);
results.push(
  await run(decodeInfo, async () => {
    const { decode, bare } = decodeCase(settings.loopMs);
    return summarize(decodeInfo, await interleave(rounds, decode, bare));
  }),
);

const firstAnswerInfo = info(
  'client-first-answer',
  'at most',
  4.5,
  'ms',
  `a fresh node process that imports the built @boomstream/client, creates a client and awaits one stats.project() from the mock server in another process, wall time, ${settings.spawns} rounds; baseline: node -e 0`,
);
results.push(
  await run(firstAnswerInfo, async () => {
    const first = await firstAnswerCase();
    if (!first) return notMeasured(firstAnswerInfo, 'the client or the mocks are not built');
    try {
      return summarize(
        firstAnswerInfo,
        await interleave(settings.spawns, first.firstAnswer, first.bare),
      );
    } finally {
      await first.close();
    }
  }),
);

const paginateInfo = info(
  'paginate-efficiency',
  'at least',
  0.9,
  '× speedup',
  `.all() of 20 pages of 100 items, ${settings.latencyMs} ms server latency each, local server in the same process: speedup of concurrency 4 over 1; baseline: the limit with free decoding, 20 / (1 + ⌈19/4⌉) = 3.33 (page 1 is read alone)`,
);
results.push(
  await run(paginateInfo, async () => {
    const { speedup, limit, close } = await paginateCase(20, settings.latencyMs);
    try {
      return summarize(
        paginateInfo,
        await interleave(rounds, speedup, () => Promise.resolve(limit)),
      );
    } finally {
      await close();
    }
  }),
);

const versionInfo = info(
  'cli-version',
  'at most',
  1.5,
  'ms',
  `boomstream --version, wall time of one process, ${settings.spawns} rounds; baseline: node -e 0`,
);
results.push(
  await run(versionInfo, async () => {
    const version = versionCase();
    if (!version) return notMeasured(versionInfo, 'apps/tui is not built (npm run build)');
    return summarize(versionInfo, await interleave(settings.spawns, version.version, version.bare));
  }),
);

const interactiveInfo = info(
  'tui-interactive',
  'at most',
  6,
  'ms',
  `from Enter in a tmux pane (120×40) until ↓ has moved the selection of the UI's method list, on demo data, ${rounds} rounds; ↓ is sent with Enter, whenever the program draws, and every 100 ms until it takes effect (keys that come while the UI loads are dropped); baseline: a node script making the same round trip through tmux (node -e 0 plus the terminal's part)`,
);
results.push(
  await run(interactiveInfo, async () => {
    const interactive = await interactiveCase();
    if (!interactive) return notMeasured(interactiveInfo, 'apps/tui is not built (npm run build)');
    try {
      return summarize(interactiveInfo, await interleave(rounds, interactive.ui, interactive.bare));
    } finally {
      await interactive.close();
    }
  }),
);

const memoryInfo = info(
  'iterate-memory',
  'at most',
  8,
  'MiB',
  'heap growth after GC once .iterate() has read 100 pages of 1 000 items; an absolute target, no baseline',
);
results.push(
  await run(memoryInfo, async () => {
    const { growth, close } = await iterateMemoryCase();
    try {
      return summarize(memoryInfo, await interleave(rounds, growth));
    } finally {
      await close();
    }
  }),
);

const load = loadavg().map((value) => value.toFixed(2));
mkdirSync(new URL('.', `file://${OUTPUT}`), { recursive: true });
writeFileSync(
  OUTPUT,
  `${JSON.stringify({ mode: quick ? 'quick' : 'full', date: new Date().toISOString(), loadAverage: load, results }, null, 2)}\n`,
);
console.log(table(results));
console.log(
  `\n${quick ? 'quick' : 'full'} run, load average ${load.join(' ')}; written to bench/results.json`,
);
