import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { methods, moscowToday } from '@boomstream/spec';
import { render } from 'ink-testing-library';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { waitForFrame, waitForInputListener, waitUntil } from '../test/wait-for-frame.js';
import { App } from './App.js';
import { connect } from './data/connect.js';
import type { DataSource } from './data/source.js';
import { presetRange } from './dates.js';
import { formatHours } from './format.js';
import { methodRegistry } from './registry.js';
import { configDir, watchFile } from './watch/watch-file.js';

let source: DataSource;
beforeAll(async () => {
  source = await connect({ demo: true, apiKey: undefined, baseUrl: undefined });
});
afterAll(() => source.close());

const KEYS = { enter: '\r', esc: '\u001B' };

/** The rows of the watch list as shown: code and total hours, top to bottom. */
const watchRows = (frame: string) =>
  [...frame.matchAll(/^[› ] ([A-Za-z0-9]{8}) +([\d,.]+) h +[▁▂▃▄▅▆▇█ ]+$/gm)].map((match) => ({
    code: match[1] ?? '',
    hours: match[2] ?? '',
  }));

describe('the watch list on demo data', () => {
  it('shows each code’s total hours with a sparkline, largest first, opens one, and saves changes in the config folder', async () => {
    const config = await mkdtemp(join(tmpdir(), 'boomstream-xdg-'));
    const store = watchFile(configDir({ XDG_CONFIG_HOME: config }));
    const instance = render(
      <App methods={methodRegistry} source={source} watch={{ store, codes: [] }} />,
    );
    const { stdin, lastFrame, unmount } = instance;
    const press = (keys: readonly string[], expected: string) => {
      for (const key of keys) stdin.write(key);
      return waitForFrame(lastFrame, expected);
    };
    try {
      await waitForInputListener(stdin);
      await press(['j', 'j', 'j'], '❯ watch');
      const shown = await press([KEYS.enter], 'All codes:');
      expect(shown).toContain('demo codes, not saved yet');

      // The oracle: each demo code read on its own through the data source, summed here.
      const codes = source.demo?.codes ?? [];
      const range = presetRange('last 7 days', moscowToday())!;
      const totals = await Promise.all(
        codes.map(async (code) => {
          const read = await source.all(
            methods.target,
            { code, ...range, group: 'day' },
            new AbortController().signal,
            () => undefined,
          );
          if (read.kind !== 'stats') throw new Error(`target answered ${read.kind}`);
          return { code, hours: read.items.reduce((sum, item) => sum + item.hours, 0) };
        }),
      );
      totals.sort((a, b) => b.hours - a.hours);
      expect(watchRows(shown)).toEqual(
        totals.map(({ code, hours }) => ({ code, hours: formatHours(hours) })),
      );
      const [top] = totals;

      // Enter opens the selected (largest) code's usual results; esc comes back.
      const opened = await press([KEYS.enter], `code ${top?.code ?? ''}`);
      expect(opened).toContain('Statistics by Video, Live and Playlist');
      expect(opened).toContain(`${range.start} → ${range.end} (Moscow)`);
      await press([KEYS.esc], 'All codes:');

      // d removes the selected code and saves the list where XDG_CONFIG_HOME says.
      await press(['d'], 'Saved to');
      const saved = JSON.parse(
        await readFile(join(config, 'boomstream', 'watch.json'), 'utf8'),
      ) as { codes: string[] };
      expect(saved.codes).toEqual(codes.filter((code) => code !== top?.code));
      await waitUntil(
        () => (watchRows(lastFrame() ?? '').length === codes.length - 1 ? true : undefined),
        () => lastFrame() ?? '',
      );

      // a adds a code back: it is read and saved.
      await press(['a'], 'Add a media code');
      await press([top?.code ?? '', KEYS.enter], 'Saved to');
      await waitUntil(
        () => (watchRows(lastFrame() ?? '').length === codes.length ? true : undefined),
        () => lastFrame() ?? '',
      );
      const again = JSON.parse(await readFile(store.path, 'utf8')) as { codes: string[] };
      expect([...again.codes].sort()).toEqual([...codes].sort());
    } finally {
      unmount();
    }
  }, 40_000);
});
