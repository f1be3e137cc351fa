import { addDays, moscowToday } from '@boomstream/spec';
import { afterAll, describe, expect, it } from 'vitest';

import { BIN } from '../test/run-bin.js';
import { TmuxSession } from '../test/tmux.js';

/**
 * The environment a user's terminal has: no CI (Ink would print only the last frame),
 * no key (demo mode), and colours as the terminal decides, whatever the test runner set.
 */
const CLEAN_ENV = 'env -u CI -u BOOMSTREAM_API_KEY -u FORCE_COLOR -u NO_COLOR';

const tmux = new TmuxSession();
const plain = new TmuxSession();
afterAll(async () => {
  await tmux.kill();
  await plain.kill();
});

/** The chart's axis, `width` wide: the first date at the left edge, the last at the right one. */
const axis = (width: number) =>
  new RegExp(`^(?=.{${width}}$)\\d{4}-\\d\\d-\\d\\d +\\d{4}-\\d\\d-\\d\\d$`, 'm');

describe('the bin in a real terminal (tmux, 120×40)', () => {
  it('chooses a method, runs it, pages, shows help, quits and restores the terminal', async () => {
    await tmux.start(
      `printf 'before the UI\\n'; ${CLEAN_ENV} ${process.execPath} ${BIN}; echo "exit code $?"; sleep 120`,
      120,
      40,
    );
    const list = await tmux.waitFor('❯ project');
    expect(list).toContain('DEMO');
    expect(list).not.toContain('before the UI');
    expect(await tmux.format('#{alternate_on}')).toBe('1');

    // Keys sent at once arrive in one chunk, as over a slow link: each must still count.
    await tmux.keys('j', 'k', 'Enter');
    expect(await tmux.waitFor('enter runs the query')).toContain('Statistics by project');
    // Hourly data over 60 days is more than one page of 1000 buckets.
    const start = addDays(moscowToday(), -60);
    await tmux.keys('Tab', 'Tab', 'C-u');
    await tmux.text(start);
    await tmux.keys('Tab', 'Tab', 'Right');
    await tmux.waitFor('[hour]');
    await tmux.keys('Enter');
    const first = await tmux.waitFor(/page 1 of \d/);
    expect(first).toContain(`${start} → ${moscowToday()} · by hour · source project`);
    expect(first).toContain('Hours of viewing');
    expect(first).toMatch(/[▁▂▃▄▅▆▇█]{20}/);
    expect(first).toMatch(/rows 1–\d+ of 1000/);
    // The frame fits in rows - 1: the title stays on the top row and the last row stays free.
    const rows = first.split('\n');
    expect(rows[0], first).toContain('Boomstream statistics');
    expect(rows[39] ?? '').toBe('');

    await tmux.keys('n');
    const second = await tmux.waitFor(/page 2 of \d/);
    expect(second).toContain('last request');

    expect(second).toMatch(axis(120));
    // Resizing redraws the chart to the new width, and the frame still fits.
    await tmux.resize(90, 30);
    const narrow = await tmux.waitFor(axis(90));
    expect(narrow.split('\n')[0]).toContain('Boomstream statistics');
    await tmux.resize(120, 40);
    await tmux.waitFor(axis(120));

    await tmux.keys('?');
    const help = await tmux.waitFor('Help · Results');
    expect(help).toContain('load every page');

    await tmux.keys('q');
    const after = await tmux.waitFor('exit code 0');
    expect(after).toContain('before the UI');
    expect(after).not.toContain('Boomstream statistics');
    expect(await tmux.format('#{alternate_on}')).toBe('0');
    expect(await tmux.format('#{cursor_flag}')).toBe('1');
  }, 90_000);

  it('draws no colour with NO_COLOR, and restores the terminal on Ctrl-C', async () => {
    await plain.start(
      `${CLEAN_ENV} NO_COLOR=1 ${process.execPath} ${BIN}; echo "exit code $?"; sleep 120`,
      100,
      30,
    );
    await plain.waitFor('❯ project');
    const styled = await plain.capture(true);
    expect(styled).toContain('DEMO');
    // SGR colour codes: 30–37 and 90–97 foreground, 40–47 background, 38/48 extended.
    const colour = new RegExp(
      `${String.fromCharCode(27)}\\[(?:[\\d;]*;)?(?:3[0-8]|4[0-8]|9[0-7])(?:;[\\d;]*)?m`,
    );
    expect(styled).not.toMatch(colour);
    await plain.keys('C-c');
    await plain.waitFor('exit code');
    expect(await plain.format('#{alternate_on}')).toBe('0');
    expect(await plain.format('#{cursor_flag}')).toBe('1');
  }, 60_000);
});
