import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startMockServer, type MockServer } from '@boomstream/mocks';
import ExcelJS from 'exceljs';
import { render } from 'ink-testing-library';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { fakePage } from '../test/fake-source.js';
import { runBin } from '../test/run-bin.js';
import { waitForFrame, waitForInputListener } from '../test/wait-for-frame.js';
import { App } from './App.js';
import { connect } from './data/connect.js';
import type { DataSource } from './data/source.js';
import { Results } from './components/Results.js';
import { methodRegistry } from './registry.js';
import { initialResults, loadedFrom } from './state/results.js';

const KEYS = { down: '\u001B[B', right: '\u001B[C', enter: '\r', tab: '\t', clear: '\u0015' };

const TODAY = '2024-06-30';
let server: MockServer;
let source: DataSource;
let env: Record<string, string>;

beforeAll(async () => {
  server = await startMockServer({ today: TODAY, seed: 5 });
  env = { BOOMSTREAM_API_KEY: server.demo.apiKey, BOOMSTREAM_BASE_URL: server.url };
  source = await connect({ demo: false, apiKey: server.demo.apiKey, baseUrl: server.url });
});
afterAll(async () => {
  await source.close();
  await server.close();
});

/** The app on the mock server, with keys written one by one and a wait for what they show. */
async function renderApp() {
  const instance = render(<App methods={methodRegistry} source={source} today={TODAY} />);
  await waitForInputListener(instance.stdin);
  const press = async (keys: readonly string[], expected: string) => {
    for (const key of keys) instance.stdin.write(key);
    return waitForFrame(instance.lastFrame, expected);
  };
  return { ...instance, press };
}

const repeat = (key: string, times: number) => Array.from({ length: times }, () => key);

/** Project's form (rows: project, period, start, end, group, order, page, compare) filled in: 5 to 18 June 2024, `group` and `compare` steps to the right. */
async function runProject(
  press: Awaited<ReturnType<typeof renderApp>>['press'],
  { group, compare }: Record<'group' | 'compare', number>,
) {
  await press([KEYS.enter], 'enter runs the query');
  await press([...repeat(KEYS.down, 2), KEYS.clear, '2024-06-05'], '2024-06-05');
  await press([KEYS.down, KEYS.clear, '2024-06-18'], '2024-06-18');
  await press([KEYS.down, ...repeat(KEYS.right, group)], 'Group by');
  return press([...repeat(KEYS.down, 3), ...repeat(KEYS.right, compare)], 'Compare with');
}

describe('the form', () => {
  it("offers the spec's groupings and insights' local ones, and a comparison where there is viewing time", async () => {
    const { press, unmount } = await renderApp();
    const form = await press([KEYS.enter], 'enter runs the query');
    expect(form).toMatch(/Group by +\[day\] +hour +week +month/);
    expect(form).toMatch(/Compare with +\[none\] +previous +weekday +last-year/);
    unmount();
    const session = methodRegistry.find((method) => method.name === 'session');
    expect(session?.choices).toEqual([]);
    const target = methodRegistry.find((method) => method.name === 'target');
    expect(target?.choices.map((choice) => choice.options)).toEqual([
      ['none', 'previous', 'weekday', 'last-year'],
    ]);
  });
});

describe('a comparison by week', () => {
  const cli = [
    'project',
    '--start',
    '2024-06-05',
    '--end',
    '2024-06-18',
    '--group',
    'week',
    '--compare',
    'previous',
  ];

  it("shows the CLI's totals and change, the weeks' ranges, and exports the CLI's JSON and a typed workbook", async () => {
    const bin = await runBin(cli, env);
    expect(bin.code).toBe(0);
    const expected = JSON.parse(bin.stdout) as {
      comparison: {
        current: { hours: number };
        earlier: { hours: number; start: string; end: string };
        change: { hours: number; summary: string };
      };
    };
    const { current, earlier, change } = expected.comparison;

    const { press, unmount } = await renderApp();
    await runProject(press, { group: 2, compare: 1 });
    const screen = await press([KEYS.enter], 'Before');
    expect(screen).toContain(`${current.hours.toFixed(2)} h in`);
    expect(screen).toContain(
      `previous ${earlier.start} → ${earlier.end}: ${earlier.hours.toFixed(2)} h`,
    );
    const signed = `${change.hours > 0 ? '+' : ''}${change.hours.toFixed(2)}`;
    expect(screen).toContain(`change ${signed} h (${change.summary})`);
    // 5 June is a Wednesday: the first and last weeks are cut by the period.
    expect(screen).toContain('2024-06-05 – 2024-06-09 (partial)');
    expect(screen).toContain('2024-06-10 – 2024-06-16');
    expect(screen).toContain('now █ · before dim █');
    // 18 June is over on 30 June: nothing to say about a partial day.
    expect(screen).not.toContain('today not over');

    // The cursor moves over the three weeks, not over the fourteen days they sum.
    await press(repeat('j', 5), '› 2024-06-17 – 2024-06-18 (partial)');
    await press(['k'], '› 2024-06-10 – 2024-06-16');

    const dir = await mkdtemp(join(tmpdir(), 'boomstream-periods-'));
    const json = join(dir, 'weeks.json');
    await press(['e', KEYS.clear, `${join(dir, 'weeks')}.csv`, KEYS.tab], 'weeks.json');
    await press([KEYS.enter], `as JSON to ${json}`);
    expect(JSON.parse(await readFile(json, 'utf8'))).toEqual(expected);

    const xlsx = join(dir, 'weeks.xlsx');
    await press(['e', KEYS.clear, `${join(dir, 'weeks')}.csv`, KEYS.tab, KEYS.tab], 'weeks.xlsx');
    await press([KEYS.enter], `as XLSX to ${xlsx}`);
    unmount();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    // One sheet per period when comparing; the first row is the header.
    expect(workbook.worksheets.length).toBeGreaterThanOrEqual(2);
    const [sheet] = workbook.worksheets;
    const header = (sheet?.getRow(1).values as unknown[]).slice(1);
    const column = (name: string) => header.indexOf(name) + 1;
    const row = sheet?.getRow(2);
    expect(row?.getCell(column('date')).type).toBe(ExcelJS.ValueType.Date);
    expect(row?.getCell(column('hours')).type).toBe(ExcelJS.ValueType.Number);
    expect(row?.getCell(column('timeMs')).type).toBe(ExcelJS.ValueType.Number);
  });
});

describe('the bucket table of a comparison by week', () => {
  const footerOf = (frame: string) => frame.trimEnd().split('\n').at(-1) ?? '';
  /** The weeks' labels as the table lists them, top to bottom. */
  const weeksOf = (frame: string) =>
    frame
      .split('\n')
      .map((line) => /^[› ] (2024-06-\d\d – 2024-06-\d\d(?: \(partial\))?)/.exec(line)?.[1])
      .filter((label) => label !== undefined);

  it("s and S sort the weeks by their columns; / is not offered and filters nothing, so the export stays the CLI's", async () => {
    const bin = await runBin(
      ['project', '--start', '2024-06-05', '--end', '2024-06-18', '--group', 'week'].concat([
        '--compare',
        'previous',
      ]),
      env,
    );
    expect(bin.code).toBe(0);
    const expected = JSON.parse(bin.stdout) as {
      comparison: { buckets: { label: string; timeMs: number; change: { timeMs: number } }[] };
    };
    const { buckets } = expected.comparison;
    const byHours = buckets.toSorted((a, b) => b.timeMs - a.timeMs).map((row) => row.label);

    const { press, unmount } = await renderApp();
    await runProject(press, { group: 2, compare: 1 });
    const screen = await press([KEYS.enter], 'Before');
    expect(weeksOf(screen)).toEqual(buckets.map((row) => row.label));
    // The footer offers sort where the cursor is, and no filter.
    expect(footerOf(screen)).toContain('s sort');
    expect(footerOf(screen)).not.toContain('filter');

    // s: by the week (oldest first), then by hours, largest first; S reverses.
    await press(['s'], 'Bucket (Moscow) ▲');
    expect(weeksOf(await press(['s'], 'Hours ▼'))).toEqual(byHours);
    expect(weeksOf(await press(['S'], 'Hours ▲'))).toEqual(byHours.toReversed());
    // Two more: the change in hours, largest first.
    const byChange = buckets
      .toSorted((a, b) => b.change.timeMs - a.change.timeMs)
      .map((row) => row.label);
    expect(weeksOf(await press(['s', 's'], 'Change ▼'))).toEqual(byChange);

    // `/` does nothing here: j after it moves the cursor instead of being typed.
    const moved = await press(['/', 'j'], `› ${byChange[1] ?? ''}`);
    expect(moved).not.toContain('Filter:');

    const help = await press(['?'], 'Help · Results › buckets');
    expect(help).toContain('sort by the next column');
    expect(help).toContain('export, buckets in the order asked for');
    expect(help).not.toContain('filter rows');
    await press(['?'], 'Before');

    // The export holds every week in the order asked for, as the CLI's.
    const dir = await mkdtemp(join(tmpdir(), 'boomstream-periods-'));
    const json = join(dir, 'sorted.json');
    await press(['e', KEYS.clear, `${join(dir, 'sorted')}.csv`, KEYS.tab], 'sorted.json');
    await press([KEYS.enter], `as JSON to ${json}`);
    unmount();
    expect(JSON.parse(await readFile(json, 'utf8'))).toEqual(expected);
  });
});

describe('a comparison with an earlier period without viewing', () => {
  it('says "no earlier data" for the total and each day, never a percentage', () => {
    const project = methodRegistry.find((method) => method.name === 'project');
    if (!project) throw new Error('no project method');
    const params = { start: '2024-03-01', end: '2024-03-03', group: 'day' };
    const header = fakePage(project.spec, params);
    if (header.kind !== 'stats') throw new Error('project lists stats');
    const day = (date: string, timeMs: number) => ({ date, timeMs, hours: timeMs / 3_600_000 });
    const items = { kind: 'stats' as const, items: [day('2024-03-01', 5_400_000)] };
    const job = { id: 1, kind: 'all' as const, params };
    const results = {
      ...initialResults(job, { grouping: undefined, compare: 'previous' }),
      job: undefined,
      data: loadedFrom(project.spec, 'all', header, items, { kind: 'stats', items: [] }),
    };
    const { lastFrame, unmount } = render(
      <Results method={project} results={results} width={80} height={20} waitingFor="x" />,
    );
    const screen = lastFrame() ?? '';
    unmount();
    const period = header.page.period;
    expect(period).toEqual({ start: '2024-03-01', end: '2024-03-03' });
    expect(screen).toContain(
      'previous 2024-02-27 → 2024-02-29: 0.00 h · change +1.50 h (no earlier data)',
    );
    // Each day's row too: the total line and three rows.
    expect(screen.match(/no earlier data/g)).toHaveLength(4);
    expect(screen).not.toMatch(/∞|Infinity|NaN/);
  });
});

describe('weeks with order desc', () => {
  it('lists the newest week first, as the export orders them, and charts them in time order', () => {
    const project = methodRegistry.find((method) => method.name === 'project');
    if (!project) throw new Error('no project method');
    const params = { start: '2024-03-01', end: '2024-03-12', group: 'day', order: 'desc' };
    const header = fakePage(project.spec, params);
    const job = { id: 1, kind: 'all' as const, params };
    const results = {
      ...initialResults(job, { grouping: 'week', compare: undefined }),
      job: undefined,
      data: loadedFrom(project.spec, 'all', header, { kind: 'stats', items: [] }),
    };
    const { lastFrame, unmount } = render(
      <Results method={project} results={results} width={80} height={20} waitingFor="x" />,
    );
    const lines = (lastFrame() ?? '').split('\n');
    unmount();
    const weeks = lines.filter((line) => /^[› ] 2024-03-\d\d – /.test(line));
    expect(weeks.map((line) => line.slice(2, 35).trimEnd())).toEqual([
      '2024-03-11 – 2024-03-12 (partial)',
      '2024-03-04 – 2024-03-10',
      '2024-03-01 – 2024-03-03 (partial)',
    ]);
    // The time axis under the chart reads left to right, oldest first.
    expect(lines.find((line) => /^ +03-01 /.test(line))).toMatch(/03-01 .*03-04 .*03-11/);
  });
});
