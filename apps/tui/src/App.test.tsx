import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';

import { fakePage, fakeSource, type FakeSource } from '../test/fake-source.js';
import { waitForFrame, waitForInputListener, waitUntil } from '../test/wait-for-frame.js';
import { App } from './App.js';
import { methodRegistry } from './registry.js';

const KEYS = {
  down: '\u001B[B',
  enter: '\r',
  esc: '\u001B',
  tab: '\t',
  shiftTab: '\u001B[Z',
  right: '\u001B[C',
  clear: '\u0015',
  backspace: '\u007F',
  left: '\u001B[D',
  ctrlN: '\u000E',
  ctrlP: '\u0010',
};

/** Renders the app on a fake source; today is fixed so that presets and defaults are stable. */
async function renderApp(source: FakeSource = fakeSource()) {
  const instance = render(<App methods={methodRegistry} source={source} today="2024-03-12" />);
  await waitForInputListener(instance.stdin);
  /** Writes each key on its own, as a terminal sends them, then waits for `expected`. */
  const press = async (keys: string | readonly string[], expected: string) => {
    for (const key of typeof keys === 'string' ? [keys] : keys) instance.stdin.write(key);
    return waitForFrame(instance.lastFrame, expected);
  };
  return { ...instance, source, press };
}

describe('method list', () => {
  it('lists every method of the registry, with the DEMO badge', async () => {
    const { lastFrame, unmount } = await renderApp();
    for (const method of methodRegistry) expect(lastFrame()).toContain(method.title);
    expect(lastFrame()).toContain('DEMO');
    expect(lastFrame()).toContain('http://127.0.0.1:9/api');
    unmount();
  });

  it('opens the highlighted method with j and enter, and goes back with esc', async () => {
    const { press, unmount } = await renderApp();
    await press('j', '❯ target');
    const form = await press(KEYS.enter, 'enter runs the query');
    expect(form).toContain('Statistics by Video, Live and Playlist');
    expect(form).toContain('DemoCode');
    await press(KEYS.esc, '❯ target');
    unmount();
  });
});

describe('form', () => {
  it('fills defaults as the server would and shows the rules broken under their fields', async () => {
    const { press, lastFrame, unmount } = await renderApp();
    await press(['j', KEYS.enter], 'Media code');
    // Server defaults: end = today, start = a week before it.
    expect(lastFrame()).toContain('2024-03-05');
    expect(lastFrame()).toContain('2024-03-12');
    await press(KEYS.clear, 'Media code');
    await press(KEYS.enter, 'Media code is required');
    await press('abc', 'Media code must be 8 letters or digits, e.g. AbCd1234');
    const valid = await press('defgh', 'abcdefgh');
    expect(valid).not.toContain('must be 8');
    unmount();
  });

  it('sets the period from a preset and checks start is not after end', async () => {
    const { press, unmount } = await renderApp();
    await press(KEYS.enter, 'Period');
    // project: project field, then the period row.
    await press(KEYS.tab, '❯   Period');
    const month = await press([KEYS.right, KEYS.right, KEYS.right, KEYS.right], '[this month]');
    expect(month).toContain('2024-03-01');
    await press(KEYS.tab, '❯   Start date');
    await press(KEYS.shiftTab, '❯   Period');
    await press(KEYS.tab, '❯   Start date');
    await press([KEYS.clear, '2024-04-01'], '2024-04-01');
    await press(KEYS.enter, 'Start date must be on or before end (2024-03-12)');
    unmount();
  });

  it('masks the customer password and fills it from the demo data', async () => {
    const { press, lastFrame, unmount } = await renderApp();
    await press(['j', 'j', KEYS.enter], 'Customer password');
    expect(lastFrame()).toContain('••••••••');
    expect(lastFrame()).not.toContain('s3cret-hash');
    unmount();
  });
});

describe('form editing', () => {
  it('shows one bullet a character of the customer password, following typing and erasing', async () => {
    const { press, lastFrame, stdin, unmount } = await renderApp();
    await press(['j', 'j', KEYS.enter], 'Customer password');
    const bullets = () =>
      /Customer password +(•*)▏?(•*)/
        .exec(lastFrame() ?? '')
        ?.slice(1)
        .join('') ?? '';
    const showsBullets = (count: number) =>
      waitUntil(
        () => (bullets() === '•'.repeat(count) ? true : undefined),
        () => `${count} bullets in:\n${lastFrame() ?? ''}`,
      );
    // The demo password, s3cret-hash, is 11 characters.
    await showsBullets(11);
    await press(KEYS.tab, '❯ * Customer password');
    for (const key of [KEYS.clear, 'a', 'b', 'c']) stdin.write(key);
    await showsBullets(3);
    stdin.write(KEYS.backspace);
    await showsBullets(2);
    expect(lastFrame()).not.toContain('s3cret-hash');
    unmount();
  });

  it('moves the caret with ←/→ in a code field and picks demo codes with ctrl+n/p instead', async () => {
    const { press, unmount } = await renderApp();
    await press(['j', KEYS.enter], 'DemoCode▏');
    await press([KEYS.left, KEYS.left, KEYS.left, KEYS.left], 'Demo▏Code');
    await press('X', 'DemoX▏Code');
    await press(KEYS.backspace, 'Demo▏Code');
    const other = await press(KEYS.ctrlN, 'Other001▏');
    expect(other).not.toContain('DemoCode');
    const back = await press(KEYS.ctrlP, 'DemoCode▏');
    expect(back).not.toContain('Other001');
    unmount();
  });
});

describe('results', () => {
  it('shows the header, chart and table, and pages with n and p', async () => {
    const { press, source, unmount } = await renderApp();
    await press(KEYS.enter, 'Period');
    const first = await press(KEYS.enter, 'page 1 of 2');
    expect(first).toContain('2024-03-05 → 2024-03-12');
    expect(first).toContain('by day');
    expect(first).toContain('8 items');
    expect(first).toContain('Hours of viewing');
    expect(first).toMatch(/[▁▂▃▄▅▆▇█]/);
    expect(first).toContain('rows 1–5 of 5');
    const second = await press('n', 'page 2 of 2');
    expect(second).toContain('rows 1–3 of 3');
    expect(source.calls.at(-1)?.params['page']).toBe(2);
    await press('n', 'This is the last page.');
    await press('p', 'page 1 of 2');
    unmount();
  });

  it('loads every page with a, sorts with s and filters with /', async () => {
    const { press, unmount } = await renderApp();
    await press([KEYS.enter, KEYS.enter], 'page 1 of 2');
    const all = await press('a', 'all 2 pages');
    expect(all).toContain('rows 1–8 of 8');
    // s: by date (A→Z), then by hours (largest first, as analysts look for them); S reverses.
    await press('s', 'Date (Moscow) ▲');
    const byHours = await press('s', 'Hours ▼');
    const hours = (frame: string) =>
      [...frame.matchAll(/^[› ] \d{4}-\d\d-\d\d +([\d.,]+)$/gm)].map((match) => Number(match[1]));
    expect(hours(byHours)).toEqual([2, 1.75, 1.5, 1.25, 1, 0.75, 0.5, 0.25]);
    const reversed = await press('S', 'Hours ▲');
    expect(hours(reversed)).toEqual([0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2]);
    const filtered = await press(['/', '03-07'], 'rows 1–1 of 1');
    expect(filtered).toContain('2024-03-07');
    await press(KEYS.esc, 'rows 1–8 of 8');
    unmount();
  });

  it('draws the chart and the totals from the filtered rows, as the table', async () => {
    const { press, unmount } = await renderApp();
    const page = await press([KEYS.enter, KEYS.enter], 'page 1 of 2');
    // The first page: 0.25 + 0.5 + 0.75 + 1 + 1.25 hours.
    expect(page).toContain('3.75 h in 5 rows · page 1 of 2 · 8 items in all');
    expect(page).toContain('peak 1.25 h');
    const filtered = await press(['/', '03-07'], 'rows 1–1 of 1');
    expect(filtered).toContain('0.75 h in 1 row (filtered from 5)');
    expect(filtered).toContain('peak 0.75 h');
    unmount();
  });

  it('says that an empty sessions page may be a wrong password', async () => {
    const source = fakeSource({
      page: () => Promise.resolve({ kind: 'sessions', page: { page: 1, items: [] } }),
    });
    const { press, unmount } = await renderApp(source);
    await press(['j', 'j', KEYS.enter], 'Customer password');
    const empty = await press(KEYS.enter, 'No rows.');
    expect(empty).toContain(
      'no sessions for this code and password in the period (a wrong password finds none too)',
    );
    unmount();
  });

  it('shows an API failure in a panel with the last good data kept, and retries with r', async () => {
    const source = fakeSource();
    const { press, lastFrame, unmount } = await renderApp(source);
    await press([KEYS.enter, KEYS.enter], 'page 1 of 2');
    source.failNext(1, 'Invalid API key');
    const failed = await press('n', 'project: Invalid API key');
    expect(failed).toContain('r retry');
    // While the error shows, the footer offers what helps, not the table's keys.
    expect(failed.trimEnd().split('\n').at(-1)).toBe('r retry · esc back · ? help · q quit');
    expect(failed).toContain('page 1 of 2');
    await press('r', 'page 2 of 2');
    expect(lastFrame()).not.toContain('Invalid API key');
    unmount();
  });

  it('pages on from the page on screen after a failed request, not from the one that failed', async () => {
    const source = fakeSource();
    const { press, unmount } = await renderApp(source);
    await press([KEYS.enter, KEYS.enter], 'page 1 of 2');
    source.failNext(1, 'Service unavailable');
    await press('n', 'project: Service unavailable');
    const again = await press('n', 'page 2 of 2');
    expect(again).toContain('rows 1–3 of 3');
    expect(source.calls.map((call) => call.params['page'])).toEqual([1, 2, 2]);
    unmount();
  });

  it('says a request was cancelled with esc, and runs it again with r', async () => {
    let answer = true;
    const source = fakeSource({
      page: (method, params, signal) =>
        answer
          ? Promise.resolve(fakePage(method, params))
          : new Promise((_resolve, reject) => {
              signal.addEventListener('abort', () => {
                reject(signal.reason as Error);
              });
            }),
    });
    const { press, unmount } = await renderApp(source);
    answer = false;
    await press([KEYS.enter, KEYS.enter], 'Loading…');
    const cancelled = await press(KEYS.esc, 'Cancelled');
    expect(cancelled).toContain('r runs it again');
    answer = true;
    await press('r', 'page 1 of 2');
    unmount();
  });

  it('cancels a full read with esc: its signal aborts and no later page is read', async () => {
    const source = fakeSource();
    const { press, unmount } = await renderApp(source);
    await press([KEYS.enter, KEYS.enter], 'page 1 of 2');
    const held = source.hold();
    await press('a', 'Loading every page…');
    await press(KEYS.esc, 'Cancelled');
    // The held request ends when its signal aborts; React runs the cleanup that aborts it
    // after the frame is drawn, so wait for the abort rather than race it with the release.
    await vi.waitFor(() => {
      expect(source.aborted).toHaveLength(1);
    });
    held.release();
    // The full read's first page saw the abort; its second page was never asked for.
    expect(source.aborted[0]?.params['page']).toBe(1);
    expect(source.calls.map((call) => call.params['page'])).toEqual([1, 1]);
    unmount();
  });

  it('never shows a secret that an error message echoes', async () => {
    const source = fakeSource();
    const { press, unmount } = await renderApp(source);
    await press(['j', 'j', KEYS.enter], 'Customer password');
    source.failNext(1, 'bad hash s3cret-hash for key fake-api-key');
    const failed = await press(KEYS.enter, 'bad hash');
    expect(failed).toContain('bad hash *** for key ***');
    expect(failed).not.toContain('s3cret');
    unmount();
  });

  it('opens the help overlay with ? and closes it with esc', async () => {
    const { press, unmount } = await renderApp();
    await press([KEYS.enter, KEYS.enter], 'page 1 of 2');
    const help = await press('?', 'Help · Results');
    expect(help).toContain('load every page');
    expect(help).toContain('ctrl+c');
    await press(KEYS.esc, 'page 1 of 2');
    unmount();
  });

  it('exports what is shown to CSV or JSON and says where', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'boomstream-export-'));
    const { press, unmount } = await renderApp();
    await press([KEYS.enter, KEYS.enter], 'page 1 of 2');
    await press('e', 'boomstream-project-2024-03-05_2024-03-12-p1.csv');
    const csvPath = join(dir, 'page.csv');
    await press([KEYS.clear, csvPath], csvPath);
    await press(KEYS.enter, `Exported 5 rows as CSV to ${csvPath}`);
    const csv = await readFile(csvPath, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('date,timeMs,hours');
    expect(csv.split('\r\n')[1]).toBe('2024-03-05,900000,0.25');
    await press(['/', '03-06'], 'rows 1–1 of 1');
    await press(KEYS.enter, 'Filter: 03-06');
    await press('e', 'Export to');
    const jsonPath = join(dir, 'page.json');
    await press([KEYS.clear, jsonPath], jsonPath);
    await press(KEYS.enter, `Exported 1 rows as JSON to ${jsonPath}`);
    // The CLI's JSON object of the same page, with the rows on screen.
    expect(JSON.parse(await readFile(jsonPath, 'utf8'))).toMatchObject({
      period: { start: '2024-03-05', end: '2024-03-12' },
      page: 1,
      items: [{ date: '2024-03-06', timeMs: 1_800_000, hours: 0.5 }],
    });
    await press('e', 'Export to');
    await press([KEYS.clear, join(dir, 'missing', 'page.csv')], 'missing');
    const failed = await press(KEYS.enter, 'Export failed: ENOENT');
    expect(failed).toContain('rows 1–1 of 1');
    unmount();
  });

  it('asks before overwriting a file that exists, and keeps it when cancelled', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'boomstream-export-'));
    const path = join(dir, 'kept.csv');
    await writeFile(path, 'precious\n');
    const { press, unmount } = await renderApp();
    await press([KEYS.enter, KEYS.enter], 'page 1 of 2');
    await press('e', 'Export to');
    await press([KEYS.clear, path], path);
    await press(KEYS.enter, 'already exists');
    expect(await readFile(path, 'utf8')).toBe('precious\n');
    await press(KEYS.esc, 'rows 1–5 of 5');
    expect(await readFile(path, 'utf8')).toBe('precious\n');
    await press('e', 'Export to');
    await press([KEYS.clear, path], path);
    await press(KEYS.enter, 'already exists');
    await press(KEYS.enter, `Exported 5 rows as CSV to ${path}`);
    expect((await readFile(path, 'utf8')).split('\r\n')[0]).toBe('date,timeMs,hours');
    unmount();
  });
});
