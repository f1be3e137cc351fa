import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { addDays, methods, moscowToday } from '@boomstream/spec';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';

import { fakeSource } from '../test/fake-source.js';
import { waitForFrame, waitForInputListener, waitUntil } from '../test/wait-for-frame.js';
import type { DataSource } from './data/source.js';
import { presetRange } from './dates.js';
import { formatHours } from './format.js';
import { loadApp } from './load-app.js';

const KEYS = { enter: '\r', esc: '\u001B' };
const KEY_A = 'bs-live-key-0123456789abcdef0123456789abcdef';
const KEY_B = 'bs-live-key-fedcba9876543210fedcba9876543210';

/** The rows of the watch list as shown: code and total hours, top to bottom. */
const watchRows = (frame: string) =>
  [...frame.matchAll(/^[› ] ([A-Za-z0-9]{8}) +([\d,.]+) h +[▁▂▃▄▅▆▇█ ]+$/gm)].map((match) => ({
    code: match[1] ?? '',
    hours: match[2] ?? '',
  }));

/** A config folder of its own, as `XDG_CONFIG_HOME` gives it. */
const configHome = () => mkdtemp(join(tmpdir(), 'boomstream-xdg-'));

/** Every file under `dir`, relative to it. */
const filesUnder = async (dir: string) =>
  (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));

/** The UI as the bin loads it, with keys and frames; `close` unmounts it and stops its source. */
async function openUi(options: Parameters<typeof loadApp>[0]) {
  const { App, source } = await loadApp(options);
  const instance = render(<App />);
  const { stdin, lastFrame } = instance;
  await waitForInputListener(stdin);
  const press = (keys: readonly string[], expected: string) => {
    for (const key of keys) stdin.write(key);
    return waitForFrame(lastFrame, expected);
  };
  const rowCount = (count: number) =>
    waitUntil(
      () => (watchRows(lastFrame() ?? '').length === count ? true : undefined),
      () => `${count} rows in:\n${lastFrame() ?? ''}`,
    );
  return {
    source,
    lastFrame,
    press,
    rowCount,
    openWatch: () => press(['j', 'j', 'j', KEYS.enter], 'Watch list ·'),
    close: async () => {
      instance.unmount();
      await source.close();
    },
  };
}

const live = (apiKey: string) => ({
  source: fakeSource({ mode: 'live', demo: undefined, secrets: [apiKey] }),
  apiKey,
});

/** Each code's total hours for the last 7 days, read on its own through the data source. */
async function totalsOf(source: DataSource, codes: readonly string[]) {
  const range = presetRange('last 7 days', moscowToday())!;
  return Promise.all(
    codes.map(async (code) => {
      const read = await source.all(
        methods.target,
        { code, ...range, group: 'day' },
        new AbortController().signal,
        () => undefined,
      );
      if (read.kind !== 'stats') throw new Error(`target answered ${read.kind}`);
      // Exact: the milliseconds summed, then rounded to hours once.
      const timeMs = read.items.reduce((sum, item) => sum + item.timeMs, 0);
      return { code, timeMs, hours: Math.round(timeMs / 36_000) / 100 };
    }),
  );
}

describe('the watch list on demo data', () => {
  it('starts with the demo codes, largest total first, marks an unknown code, and writes no file', async () => {
    const config = await configHome();
    const ui = await openUi({
      live: undefined,
      env: { XDG_CONFIG_HOME: config },
      onInterrupt: () => undefined,
    });
    try {
      const shown = await ui.press(['j', 'j', 'j', KEYS.enter], 'All ');
      expect(shown).toContain('never saved');

      // The oracle: each demo code read on its own through the data source.
      const codes = ui.source.demo?.codes ?? [];
      expect(codes.length).toBeGreaterThan(2);
      const totals = (await totalsOf(ui.source, codes)).sort((a, b) => b.hours - a.hours);
      expect(watchRows(shown)).toEqual(
        totals.map(({ code, hours }) => ({ code, hours: formatHours(hours) })),
      );
      const [top, ...rest] = totals;

      // Enter opens the selected (largest) code's usual results; esc comes back.
      const range = presetRange('last 7 days', moscowToday())!;
      const opened = await ui.press([KEYS.enter], `code ${top?.code ?? ''}`);
      expect(opened).toContain(`${range.start} → ${range.end} (Moscow)`);
      await ui.press([KEYS.esc], 'All ');

      // d removes the selected code, for this run only.
      await ui.press(['d'], 'the demo’s list is never saved');
      await ui.rowCount(codes.length - 1);

      // A code the API does not know: marked, and left out of the total, which says so.
      await ui.press(['a'], 'Add a media code');
      const unknown = await ui.press(['ZZZZ0000', KEYS.enter], 'not found');
      await ui.rowCount(codes.length - 1);
      const frame = await waitForFrame(ui.lastFrame, '(1 not found)');
      expect(unknown + frame).toMatch(/^[› ] ZZZZ0000 +not found +✖ /m);
      // The total as the screen gives it: the codes' milliseconds summed, rounded once.
      const sumMs = rest.reduce((total, { timeMs }) => total + timeMs, 0);
      expect(frame).toContain(
        `${rest.length} of ${codes.length} codes (1 not found): ${formatHours(Math.round(sumMs / 36_000) / 100)} h`,
      );
    } finally {
      await ui.close();
    }
    // Nothing of the demo reached the user's configuration folder.
    expect(await filesUnder(config)).toEqual([]);
  }, 40_000);
});

describe('the watch list with a key', () => {
  it('keeps a list per project, after moving an earlier single list to the first project', async () => {
    const config = await configHome();
    const dir = join(config, 'boomstream');
    await mkdir(dir);
    await writeFile(join(dir, 'watch.json'), '{"codes": ["AbCd1234", "EfGh5678"]}\n');
    const env = { XDG_CONFIG_HOME: config };
    const onInterrupt = () => undefined;

    const a = await openUi({ live: live(KEY_A), env, onInterrupt });
    try {
      await a.openWatch();
      await a.rowCount(2);
      expect(watchRows(a.lastFrame() ?? '').map((row) => row.code)).toEqual(
        expect.arrayContaining(['AbCd1234', 'EfGh5678']),
      );
      expect(a.lastFrame()).toContain(join(dir, 'watch.json'));
    } finally {
      await a.close();
    }

    const b = await openUi({ live: live(KEY_B), env, onInterrupt });
    try {
      await b.openWatch();
      await b.press([], 'No codes yet');
      await b.press(['a'], 'Add a media code');
      await b.press(['IjKl9012', KEYS.enter], 'Saved to');
      await b.rowCount(1);
    } finally {
      await b.close();
    }

    const again = await openUi({ live: live(KEY_A), env, onInterrupt });
    try {
      await again.openWatch();
      await again.rowCount(2);
      expect(again.lastFrame()).not.toContain('IjKl9012');
    } finally {
      await again.close();
    }
    const text = await readFile(join(dir, 'watch.json'), 'utf8');
    expect(text).not.toContain(KEY_A);
    expect(text).not.toContain(KEY_B);
    const lists = Object.values((JSON.parse(text) as { projects: object }).projects);
    expect(lists).toEqual(
      expect.arrayContaining([{ codes: ['AbCd1234', 'EfGh5678'] }, { codes: ['IjKl9012'] }]),
    );
    expect(lists).toHaveLength(2);
  }, 40_000);

  it('starts with an empty list when watch.json is broken, saying so and setting it aside', async () => {
    const config = await configHome();
    const dir = join(config, 'boomstream');
    await mkdir(dir);
    await writeFile(join(dir, 'watch.json'), '{"codes": [');
    await writeFile(join(dir, 'watch.json.broken'), 'an earlier one');
    const ui = await openUi({
      live: live(KEY_A),
      env: { XDG_CONFIG_HOME: config },
      onInterrupt: () => undefined,
    });
    try {
      // On the first screen's status line, the app running.
      const first = await waitForFrame(ui.lastFrame, 'set aside as watch.json.broken.1');
      expect(first).toContain('LIVE');
      await ui.openWatch();
      await ui.press([], 'No codes yet');
    } finally {
      await ui.close();
    }
    expect((await filesUnder(dir)).sort()).toEqual(['watch.json.broken', 'watch.json.broken.1']);
    expect(await readFile(join(dir, 'watch.json.broken'), 'utf8')).toBe('an earlier one');
    expect(await readFile(join(dir, 'watch.json.broken.1'), 'utf8')).toBe('{"codes": [');
  }, 40_000);
});

/** The UI on the demo, with a config folder of its own. */
const demoUi = async () =>
  openUi({
    live: undefined,
    env: { XDG_CONFIG_HOME: await configHome() },
    onInterrupt: () => undefined,
  });

describe('the watch list compared with an earlier period', () => {
  it('shows each code’s change and the earlier total of the codes (c cycles the comparisons)', async () => {
    const ui = await demoUi();
    try {
      await ui.press(['j', 'j', 'j', KEYS.enter], 'All ');
      // The oracle: each code read on its own over both periods, exact milliseconds.
      const range = presetRange('last 7 days', moscowToday())!;
      const before = { start: addDays(range.start, -7), end: addDays(range.end, -7) };
      // The header says the mode at once; the earlier total once both periods are read.
      await ui.press(['c'], 'compare previous');
      const shown = await waitForFrame(ui.lastFrame, `previous ${before.start} → ${before.end}: `);
      const msOf = async (code: string, period: { start: string; end: string }) => {
        const read = await ui.source.all(
          methods.target,
          { code, ...period, group: 'day' },
          new AbortController().signal,
          () => undefined,
        );
        if (read.kind !== 'stats') throw new Error(`target answered ${read.kind}`);
        return read.items.reduce((sum, item) => sum + item.timeMs, 0);
      };
      const summary = (later: number, earlier: number) => {
        if (earlier === 0) return 'no earlier data';
        const percent =
          (Math.sign(later - earlier) * Math.round((Math.abs(later - earlier) * 1000) / earlier)) /
          10;
        return `${percent > 0 ? '+' : ''}${percent.toFixed(1)} %`;
      };
      const codes = (ui.source.demo?.codes ?? []).slice(0, 2);
      expect(codes.length).toBeGreaterThan(0);
      for (const code of codes) {
        const [now, then] = [await msOf(code, range), await msOf(code, before)];
        const line = shown.split('\n').find((text) => text.includes(code)) ?? '';
        expect(line, shown).toContain(summary(now, then));
      }
      await ui.press(['c'], 'compare weekday');
      await ui.press(['c', 'c'], '‹ last 7 days ›\n');
      // Back to none: once read, no change column and no earlier total.
      await waitUntil(
        () => (/Change|weekday|last-year|Reading/.test(ui.lastFrame() ?? '') ? undefined : true),
        () => `the list without a comparison in:\n${ui.lastFrame() ?? ''}`,
      );
    } finally {
      await ui.close();
    }
  });
});
