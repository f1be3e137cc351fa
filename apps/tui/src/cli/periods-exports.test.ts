import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startMockServer, type MockServer } from '@boomstream/mocks';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { parseCsv } from '../../test/parse-csv.js';
import { runBin } from '../../test/run-bin.js';

const TODAY = '2024-06-30';
const SLOW = 60_000;
/** Hours as Boomstream rounds them, computed here apart from the code under test. */
const hoursOf = (timeMs: number) => Math.round(timeMs / 36_000) / 100;

let server: MockServer;
let env: Record<string, string>;
let folder: string;

beforeAll(async () => {
  server = await startMockServer({ today: TODAY, seed: 11 });
  env = { BOOMSTREAM_API_KEY: server.demo.apiKey, BOOMSTREAM_BASE_URL: server.url };
  folder = await mkdtemp(join(tmpdir(), 'boomstream-periods-'));
});
afterEach(() => {
  server.reset();
});
afterAll(() => server.close());

/**
 * stderr without Node's warning about exceljs's zip writer (archiver-utils 2 calls
 * `new Buffer()`): Node prints it only for code outside node_modules, as this repository's
 * build is; where npm installs the bin, it never shows.
 */
const withoutBufferWarning = (stderr: string) =>
  stderr.replace(/^\(node:\d+\) \[DEP0005\] .*\n\(Use `node --trace-deprecation .*\n/m, '');

interface Json {
  readonly groupBy: string;
  readonly items: readonly { readonly date: string; readonly timeMs: number }[];
  readonly comparison: {
    readonly current: {
      start: string;
      end: string;
      timeMs: number;
      hours: number;
      partialDay: boolean;
    };
    readonly earlier: { start: string; end: string; timeMs: number; hours: number };
    readonly change: { timeMs: number; hours: number; percent: number | null };
    readonly buckets: readonly unknown[];
  };
}

async function json(args: readonly string[]): Promise<Json> {
  const result = await runBin(args, env);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Json;
}

describe('--compare', () => {
  it(
    'adds a comparison with both periods, their exact totals and the change',
    async () => {
      const out = await json([
        'project',
        '--start',
        '2024-06-01',
        '--end',
        '2024-06-30',
        '--compare',
        'previous',
      ]);
      const now = server.world.totalTimeMs({ start: '2024-06-01', end: '2024-06-30' });
      const before = server.world.totalTimeMs({ start: '2024-05-02', end: '2024-05-31' });
      expect(before).toBeGreaterThan(0);
      expect(out.comparison.current).toEqual({
        start: '2024-06-01',
        end: '2024-06-30',
        timeMs: now,
        hours: hoursOf(now),
        partialDay: false,
      });
      expect(out.comparison.earlier).toEqual({
        start: '2024-05-02',
        end: '2024-05-31',
        timeMs: before,
        hours: hoursOf(before),
      });
      expect(out.comparison.change).toMatchObject({
        timeMs: now - before,
        percent: Math.round(((now - before) / before) * 1000) / 10,
      });
      expect(out.comparison.buckets).toHaveLength(30);
      expect(out.items.reduce((sum, item) => sum + item.timeMs, 0)).toBe(now);
    },
    SLOW,
  );

  it(
    'says "no earlier data" for a period before which nobody watched, never an infinite per cent',
    async () => {
      const code = server.demo.codes[0]!;
      server.use({ target: (params) => (params.start < '2024-06-01' ? [] : undefined) });
      const out = await json([
        'target',
        '--code',
        code,
        '--start',
        '2024-06-01',
        '--end',
        '2024-06-07',
        '--compare',
        'weekday',
      ]);
      expect(out.comparison.earlier).toMatchObject({
        start: '2024-05-25',
        end: '2024-05-31',
        timeMs: 0,
      });
      expect(out.comparison.change).toMatchObject({ percent: null, summary: 'no earlier data' });
    },
    SLOW,
  );
});

describe('--group week and month', () => {
  it(
    'give the JSON shape of days, and sum to the daily total to the millisecond',
    async () => {
      const period = ['--start', '2023-01-01', '--end', '2024-06-30'];
      const days = await json(['project', ...period, '--group', 'day', '--all']);
      const daily = days.items.reduce((sum, item) => sum + item.timeMs, 0);
      expect(daily).toBe(server.world.totalTimeMs({ start: '2023-01-01', end: '2024-06-30' }));
      for (const grouping of ['week', 'month']) {
        const grouped = await json(['project', ...period, '--group', grouping, '--all']);
        expect(grouped.groupBy).toBe(grouping);
        expect(grouped.items.every((item) => typeof item.timeMs === 'number')).toBe(true);
        expect(grouped.items.reduce((sum, item) => sum + item.timeMs, 0)).toBe(daily);
      }
    },
    SLOW,
  );

  it(
    'the same period reads the same hours by day, hour, week and month, and in the watch list',
    async () => {
      const [first, second] = server.demo.codes;
      const period = ['--start', '2024-05-27', '--end', '2024-06-30'];
      const totals = await Promise.all(
        ['day', 'hour', 'week', 'month'].map(async (grouping) => {
          const out = await json([
            'target',
            '--code',
            first!,
            ...period,
            '--group',
            grouping,
            '--compare',
            'previous',
          ]);
          return out.comparison.current.hours;
        }),
      );
      const expected = hoursOf(
        server.world.totalTimeMs({ code: first!, start: '2024-05-27', end: '2024-06-30' }),
      );
      expect(totals).toEqual([expected, expected, expected, expected]);
      const watch = (await json([
        'target',
        '--code',
        `${first!},${second!}`,
        ...period,
        '--group',
        'week',
      ])) as unknown as {
        items: { code: string; hours: number }[];
      };
      expect(watch.items.find((row) => row.code === first)?.hours).toBe(expected);
    },
    SLOW,
  );
});

describe('exports for Excel', () => {
  const hostile = '=HYPERLINK("http://evil.example","Click me")';
  /** The session method's default period is today alone: ask for the month. */
  const june = ['--start', '2024-06-01', '--end', '2024-06-30'];
  const session = {
    place: 'Курс: финал',
    ip: '192.0.2.1',
    country: 'Russia',
    userAgent: hostile,
    createdAt: '2024-06-28T13:00:00+03:00',
    leftActivations: 2,
  };

  /** `session` of the first demo customer, the mock answering with the hostile session. */
  function runSession(extra: readonly string[]) {
    const { code, hash } = server.demo.sessions[0]!;
    server.use({ session: () => [session] });
    return runBin(['session', '--code', code, ...june, ...extra], {
      ...env,
      BOOMSTREAM_HASH: hash,
    });
  }

  it(
    '--xlsx writes a workbook exceljs reads back: number and date cells, formula-looking text as plain text',
    async () => {
      const path = join(folder, 'project.xlsx');
      const result = await runBin(
        [
          'project',
          '--start',
          '2024-06-01',
          '--end',
          '2024-06-30',
          '--compare',
          'previous',
          '--xlsx',
          path,
        ],
        env,
      );
      expect(result).toMatchObject({ code: 0, stdout: '' });
      expect(withoutBufferWarning(result.stderr)).toBe('');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
        'comparison',
        '2024-06-01 – 2024-06-30',
        '2024-05-02 – 2024-05-31',
      ]);
      const sheet = workbook.worksheets[0]!;
      expect(sheet.getCell('A2').type).toBe(ExcelJS.ValueType.Date);
      expect(sheet.getCell('A2').value).toEqual(new Date('2024-06-01T00:00:00Z'));
      expect(sheet.getCell('B2').type).toBe(ExcelJS.ValueType.Number);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBe('A1:I1');

      const sessions = join(folder, 'sessions.xlsx');
      expect((await runSession(['--xlsx', sessions])).code).toBe(0);
      const read = new ExcelJS.Workbook();
      await read.xlsx.readFile(sessions);
      const cell = read.worksheets[0]!.getCell('E2');
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(hostile);
      expect(cell.formula).toBeUndefined();
      expect(read.worksheets[0]!.getCell('A2').type).toBe(ExcelJS.ValueType.Date);
    },
    SLOW,
  );

  it(
    '--csv --excel: BOM, ";", decimal comma, a guard on formula-looking text, none on negative numbers',
    async () => {
      const result = await runSession(['--csv', '--excel']);
      expect(result.code).toBe(0);
      expect(
        result.stdout.startsWith('\uFEFFcreatedAt;place;ip;country;userAgent;leftActivations\r\n'),
      ).toBe(true);
      expect(result.stdout).toContain(`;"'=HYPERLINK(""http://evil.example"",""Click me"")";2\r\n`);
      expect(result.stdout).toContain(';Курс: финал;');

      // A week that fell: negative changes stay numbers, with a decimal comma.
      const code = server.demo.codes[0]!;
      server.use({
        target: (params) =>
          params.start >= '2024-06-01'
            ? [{ date: '2024-06-03', timeMs: 1_800_000 }]
            : [{ date: '2024-05-27', timeMs: 9_000_000 }],
      });
      const drop = await runBin(
        [
          'target',
          '--code',
          code,
          '--start',
          '2024-06-03',
          '--end',
          '2024-06-03',
          '--compare',
          'weekday',
          '--csv',
          '--excel',
        ],
        env,
      );
      expect(drop.code).toBe(0);
      const lines = drop.stdout.replace('\uFEFF', '').split('\r\n');
      expect(lines[0]).toBe(
        'date;timeMs;hours;earlierDate;earlierTimeMs;earlierHours;changeTimeMs;changeHours;changePercent',
      );
      expect(lines[1]).toBe('2024-06-03;1800000;0,5;2024-05-27;9000000;2,5;-7200000;-2;-80');
    },
    SLOW,
  );

  it(
    'plain --csv stays RFC 4180: no BOM, no guard',
    async () => {
      const result = await runSession(['--csv']);
      expect(result.code).toBe(0);
      expect(result.stdout.startsWith('createdAt,')).toBe(true);
      expect(parseCsv(result.stdout)[1]?.[4]).toBe(hostile);
    },
    SLOW,
  );
});

interface Span {
  readonly date: string;
  readonly end?: string;
  readonly label?: string;
  readonly timeMs: number;
}
interface Bucket {
  readonly date: string;
  readonly label?: string;
  readonly earlier: Span | null;
  readonly change: { readonly summary: string };
}
interface Compared {
  readonly items: readonly { readonly date: string }[];
  readonly comparison: {
    readonly current: { readonly end: string; readonly partialDay: boolean };
    readonly earlier: { readonly start: string; readonly end: string; readonly timeMs: number };
    readonly buckets: readonly Bucket[];
  };
}

/** `json`, read as a comparison whose buckets carry the earlier days they meet. */
const compared = async (args: readonly string[]) => (await json(args)) as unknown as Compared;

/** The mock world's own total of `start`–`end`: the oracle, apart from the code under test. */
const worldTotal = (start: string, end: string) => server.world.totalTimeMs({ start, end });

describe('--compare buckets meet the earlier days shifted with them', () => {
  it(
    'by month with previous: March meets 30 January – 29 February, February included, the whole earlier total',
    async () => {
      const out = await compared([
        'project',
        '--start',
        '2024-03-01',
        '--end',
        '2024-03-31',
        '--group',
        'month',
        '--compare',
        'previous',
      ]);
      expect(out.comparison.earlier).toMatchObject({ start: '2024-01-30', end: '2024-02-29' });
      expect(out.comparison.buckets).toHaveLength(1);
      expect(out.comparison.buckets[0]?.earlier).toEqual({
        date: '2024-01-30',
        end: '2024-02-29',
        label: '2024-01-30 – 2024-02-29',
        timeMs: worldTotal('2024-01-30', '2024-02-29'),
        hours: expect.any(Number) as number,
      });
    },
    SLOW,
  );

  it(
    'by week with previous: every bucket meets earlier days, and they sum to the earlier total',
    async () => {
      const out = await compared([
        'project',
        '--start',
        '2024-06-02',
        '--end',
        '2024-06-10',
        '--group',
        'week',
        '--compare',
        'previous',
      ]);
      const spans = out.comparison.buckets.map((bucket) => bucket.earlier);
      expect(spans.map((span) => [span?.date, span?.end])).toEqual([
        ['2024-05-24', '2024-05-24'],
        ['2024-05-25', '2024-05-31'],
        ['2024-06-01', '2024-06-01'],
      ]);
      for (const span of spans) {
        expect(span?.timeMs).toBe(worldTotal(span?.date ?? '', span?.end ?? ''));
      }
      expect(out.comparison.buckets.map((bucket) => bucket.change.summary)).not.toContain(
        'no earlier data',
      );
      expect(spans.reduce((sum, span) => sum + (span?.timeMs ?? 0), 0)).toBe(
        out.comparison.earlier.timeMs,
      );
    },
    SLOW,
  );

  it(
    '29 February a year on meets 28 February, as the total does',
    async () => {
      const out = await compared([
        'project',
        '--start',
        '2024-02-29',
        '--end',
        '2024-02-29',
        '--compare',
        'last-year',
      ]);
      expect(out.comparison.earlier).toMatchObject({ start: '2023-02-28', end: '2023-02-28' });
      expect(out.comparison.buckets[0]?.earlier).toMatchObject({ date: '2023-02-28' });
    },
    SLOW,
  );
});

describe('--order desc', () => {
  it(
    'lists weeks newest first, and the comparison buckets and their CSV too',
    async () => {
      const period = ['--start', '2024-06-01', '--end', '2024-06-30', '--order', 'desc'];
      const weeks = await compared(['project', ...period, '--group', 'week']);
      const mondays = ['2024-06-24', '2024-06-17', '2024-06-10', '2024-06-03', '2024-06-01'];
      expect(weeks.items.map((item) => item.date)).toEqual(mondays);
      const months = await compared([
        'project',
        ...period,
        '--group',
        'month',
        '--compare',
        'previous',
      ]);
      expect(months.comparison.buckets.map((bucket) => bucket.date)).toEqual(['2024-06-01']);
      const days = await compared(['project', ...period, '--compare', 'previous']);
      expect(days.comparison.buckets[0]?.date).toBe('2024-06-30');
      const hours = await runBin(
        [
          'project',
          '--start',
          '2024-06-01',
          '--end',
          '2024-06-01',
          '--group',
          'hour',
          '--order',
          'desc',
          '--compare',
          'previous',
          '--csv',
        ],
        env,
      );
      expect(hours.code).toBe(0);
      const rows = parseCsv(hours.stdout);
      expect(rows[1]?.[0]).toBe('2024-06-01T23:00:00+03:00');
      expect(rows[1]?.[3]).toBe('2024-05-31T23:00:00+03:00');
      expect(rows.at(-1)?.[0]).toBe('2024-06-01T00:00:00+03:00');
    },
    SLOW,
  );

  it(
    'lists a week workbook newest first, partial as a boolean',
    async () => {
      const path = join(folder, 'weeks.xlsx');
      const result = await runBin(
        [
          'project',
          '--start',
          '2024-06-01',
          '--end',
          '2024-06-30',
          '--group',
          'week',
          '--order',
          'desc',
          '--xlsx',
          path,
        ],
        env,
      );
      expect(result.code).toBe(0);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path);
      const sheet = workbook.worksheets[0]!;
      expect(sheet.getCell('A2').value).toEqual(new Date('2024-06-24T00:00:00Z'));
      expect(sheet.getCell('D1').value).toBe('partial');
      expect(sheet.getCell('D2')).toMatchObject({ type: ExcelJS.ValueType.Boolean, value: false });
      expect(sheet.getCell('D6')).toMatchObject({ type: ExcelJS.ValueType.Boolean, value: true });
      expect(sheet.getCell('A1').numFmt).toBeUndefined();
    },
    SLOW,
  );
});

describe('the command line refuses before the first request', () => {
  it.each([
    [['--xlsx', join('no-such-folder', 'out.xlsx')], '--xlsx: the folder '],
    [['--xlsx', '.'], '--xlsx: . is a folder'],
    [['--compare', 'previous', '--compare', 'weekday'], '--compare: given more than once'],
    [['--group', 'week', '--group', 'month'], '--group: given more than once'],
  ])(
    '%j: exit 2, naming the flag, no request sent',
    async (flags, message) => {
      let requests = 0;
      server.use({
        project: () => {
          requests += 1;
          return undefined;
        },
      });
      const result = await runBin(['project', '--start', '2024-06-01', ...flags], env);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stdout).toBe('');
      expect(requests).toBe(0);
    },
    SLOW,
  );

  it(
    '--xlsx into a folder that exists still writes',
    async () => {
      const inside = join(folder, 'made');
      await mkdir(inside);
      const result = await runBin(
        [
          'project',
          '--start',
          '2024-06-01',
          '--end',
          '2024-06-02',
          '--xlsx',
          join(inside, 'a.xlsx'),
        ],
        env,
      );
      expect(result.code).toBe(0);
    },
    SLOW,
  );
});

describe('help and today', () => {
  it(
    'session help does not offer several codes; target help does',
    async () => {
      const session = await runBin(['help', 'session']);
      expect(session.code).toBe(0);
      expect(session.stdout).not.toContain('Several codes');
      const target = await runBin(['help', 'target']);
      expect(target.stdout).toContain('Several codes');
    },
    SLOW,
  );

  it(
    'a comparison of the default period (ending today, Moscow) says its last day is not over',
    async () => {
      // Today in Moscow (UTC+03:00 all year), computed here apart from the code under test.
      const today = new Date(Date.now() + 3 * 3_600_000).toISOString().slice(0, 10);
      const result = await runBin(['project', '--mock', '--compare', 'previous'], {});
      expect(result.code).toBe(0);
      const out = JSON.parse(result.stdout) as Compared;
      if (out.comparison.current.end !== today) return; // Moscow's midnight passed meanwhile.
      expect(out.comparison.current.partialDay).toBe(true);
      expect(result.stderr).toContain(`the period ends today (${today}, Moscow)`);
    },
    SLOW,
  );
});
