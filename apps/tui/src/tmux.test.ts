import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { createWorld, MOCK_SERVER_DEFAULTS, MockWorld } from '@boomstream/mocks';
import ExcelJS from 'exceljs';
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

/** The footer: the last line that is not empty, which must end with a way to quit (q or ctrl+c). */
const footer = (pane: string) => pane.trimEnd().split('\n').at(-1) ?? '';

/**
 * A whole frame showing `pattern`: Ink writes a frame top to bottom, and tmux may be
 * captured halfway through the write, so the frame is complete only once its footer is.
 */
const wholeFrame = (pattern: RegExp) => (pane: string) =>
  pattern.test(pane) && footer(pane).endsWith(' quit');

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
    const first = await tmux.waitFor(wholeFrame(/page 1 of \d/));
    expect(first).toContain(`${start} → ${moscowToday()} (Moscow) · by hour · source project`);
    expect(first).toContain('Hours of viewing');
    expect(first).toMatch(/[▁▂▃▄▅▆▇█]{20}/);
    expect(first).toMatch(/rows 1–\d+ of 1,000/);
    // The frame fits in rows - 1: the title stays on the top row and the last row stays free.
    const rows = first.split('\n');
    expect(rows[0], first).toContain('Boomstream statistics');
    expect(rows[39] ?? '').toBe('');

    await tmux.keys('n');
    const second = await tmux.waitFor(wholeFrame(/page 2 of \d/));
    expect(second).toContain('last request');

    // At 120 columns every key of the footer fits.
    expect(footer(second)).toBe(
      '↑/↓ j/k move · n/p page · a all · s sort · S reverse · / filter · e export · r reload · esc back · ? help · q quit',
    );
    // Resizing redraws to the new width: the footer drops keys, never help and quit.
    await tmux.resize(70, 30);
    // Frames drawn while the terminal reflows may scroll: wait for the one drawn for 70 columns.
    const narrow = await tmux.waitFor(
      (pane) =>
        pane.startsWith('Boomstream statistics') &&
        /esc back · \? help · q quit$/.test(footer(pane)),
    );
    expect(footer(narrow)).not.toContain('export');
    await tmux.resize(120, 40);
    await tmux.waitFor('e export');

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

  it('draws no colour with NO_COLOR, and restores the terminal on Ctrl-C, exiting 130', async () => {
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
    await plain.waitFor('exit code 130');
    expect(await plain.format('#{alternate_on}')).toBe('0');
    expect(await plain.format('#{cursor_flag}')).toBe('1');
  }, 60_000);
});

describe('the bin at 80×24 with NO_COLOR (tmux)', () => {
  const small = new TmuxSession();
  afterAll(() => small.kill());

  it('shows the selection without colour, fits the footer, status line and period choices, and exits 130 on Ctrl-C', async () => {
    const config = await mkdtemp(join(tmpdir(), 'boomstream-xdg-'));
    await small.start(
      `${CLEAN_ENV} NO_COLOR=1 XDG_CONFIG_HOME=${config} ${process.execPath} ${BIN}; echo "exit code $?"; sleep 120`,
      80,
      24,
    );
    await small.waitFor('❯ project');
    await small.keys('Enter');
    const form = await small.waitFor('Period');
    // The six period choices do not fit in 80 columns: the chosen one shows with its place.
    const period = form.split('\n').find((line) => line.includes('Period')) ?? '';
    expect(period).toMatch(/Period +‹ \[default\] › 1\/6$/);
    expect(form).not.toMatch(/^\s*(days|month|custom)\b/m);

    await small.keys('Enter');
    const results = await small.waitFor(/h in \d+ rows/);
    const selected = (pane: string) => pane.split('\n').filter((line) => line.startsWith('› '));
    const [first] = selected(results);
    expect(selected(results)).toHaveLength(1);
    expect(first).toMatch(/^› \d{4}-\d\d-\d\d/);
    // Without colour the footer and the status line still fit, with help and quit kept.
    expect(footer(results)).toMatch(/\? help · q quit$/);
    const status = results.split('\n').find((line) => line.includes('DEMO')) ?? '';
    expect(status).toMatch(/ \d+ ms$/);

    await small.keys('j');
    const moved = await small.waitFor((pane: string) => {
      const lines = selected(pane);
      return lines.length === 1 && lines[0] !== first;
    });
    const rows = moved.split('\n').filter((line) => /^[› ] \d{4}-\d\d-\d\d/.test(line));
    expect(rows[1]).toBe(selected(moved)[0]);

    await small.keys('C-c');
    await small.waitFor('exit code 130');
    expect(await small.format('#{alternate_on}')).toBe('0');
  }, 90_000);
});

describe('the bin while its app still loads (tmux)', () => {
  const stuck = new TmuxSession();
  afterAll(() => stuck.kill());

  it('quits at Ctrl-C with 130 even when the load never ends (a watch list that cannot be read)', async () => {
    const config = await mkdtemp(join(tmpdir(), 'boomstream-xdg-'));
    await mkdir(join(config, 'boomstream'));
    // Reading a FIFO that nobody writes waits for ever, as a file on a hung mount does.
    await promisify(execFile)('mkfifo', [join(config, 'boomstream', 'watch.json')]);
    // With a key: the demo's list is kept in memory and never reads the file. No request is
    // sent while the app loads, so the key and the API are never used.
    await stuck.start(
      `${CLEAN_ENV} BOOMSTREAM_API_KEY=stuck-load-test-key XDG_CONFIG_HOME=${config} ${process.execPath} ${BIN}; echo "exit code $?"; sleep 120`,
      100,
      30,
    );
    await stuck.waitFor('loading…');
    await stuck.keys('C-c');
    await stuck.waitFor('exit code 130');
    expect(await stuck.format('#{alternate_on}')).toBe('0');
    await rm(config, { recursive: true, force: true });
  }, 60_000);
});

describe('the sharing audit in a real terminal (tmux, 100×30)', () => {
  const audit = new TmuxSession();
  afterAll(() => audit.kill());

  /** Every address and password of the demo's audit customers: the bin's world, made again here. */
  function demoSecrets() {
    const world = createWorld({ seed: MOCK_SERVER_DEFAULTS.seed, today: moscowToday() });
    const { start, end, customers, crowd } = world.demo.audit;
    const mock = new MockWorld(world);
    const all = [...customers, ...crowd];
    const ips = all.flatMap(({ code, hash }) =>
      mock.sessions({ code, hash, start, end }).map((session) => session.ip),
    );
    return { ips: [...new Set(ips)], hashes: all.map((customer) => customer.hash) };
  }

  it('audits the 200 demo customers with a progress bar, the seeded sharer on top, a timeline and a session, and no whole IP on screen', async () => {
    const config = await mkdtemp(join(tmpdir(), 'boomstream-xdg-'));
    await audit.start(
      `${CLEAN_ENV} XDG_CONFIG_HOME=${config} ${process.execPath} ${BIN}; echo "exit code $?"; sleep 120`,
      100,
      30,
    );
    const seen: string[] = [];
    const waitFor = async (pattern: string | RegExp | ((pane: string) => boolean)) => {
      const pane = await audit.waitFor(pattern);
      seen.push(pane);
      return pane;
    };
    await waitFor('❯ project');
    // The methods, the watch list, then the audit.
    await audit.keys('j', 'j', 'j', 'j');
    await waitFor('❯ audit');
    await audit.keys('Enter');
    await waitFor(wholeFrame(/‹ the demo’s 200 customers ›/));
    await audit.keys('Enter');
    // Polled as fast as tmux answers: the demo's server is quick.
    const progress = await audit.waitFor(/[█░]+ audited \d+ of 200 customers/, 20_000, 0);
    seen.push(progress);
    const list = await waitFor(wholeFrame(/200 customers · \d{4}-\d\d-\d\d → /));
    const ranked = list
      .split('\n')
      .filter((line) => /^[› ] \S+ +(high|medium|low|none) /.test(line));
    expect(ranked[0]).toMatch(/^› group-buy +high /);
    expect(ranked[1]).toMatch(/^ {2}two-cities +high /);
    expect(list).toContain('203.0.113.0/24 (4 customers)');

    await audit.keys('Enter');
    const timeline = await waitFor(wholeFrame(/group-buy · high · /));
    expect(timeline).toMatch(/ ● +2001:db8:[0-9a-f]+:[0-9a-f]+:x:x:x:x /);
    await audit.keys('j', 'Enter');
    // Its parts come once the parser is loaded.
    const session = await waitFor(wholeFrame(/Browser +Chrome/));
    expect(session).toContain('group-buy · session 2 of 10');
    expect(session).toMatch(/User agent +Mozilla\/5\.0/);
    expect(session).toMatch(/Browser +Chrome/);
    expect(session).toContain('(masked)');

    await audit.keys('Escape');
    await waitFor(wholeFrame(/group-buy · high · /));
    await audit.keys('Escape');
    await waitFor(wholeFrame(/200 customers · /));

    const { ips, hashes } = demoSecrets();
    expect(ips.length).toBeGreaterThanOrEqual(200);
    for (const pane of seen) {
      for (const ip of ips) expect(pane).not.toContain(ip);
      for (const hash of hashes) expect(pane).not.toContain(hash);
    }

    await audit.keys('q');
    await waitFor('exit code 0');
    await rm(config, { recursive: true, force: true });
  }, 90_000);
});

describe('a comparison in a real terminal (tmux, 80×24)', () => {
  const colour = new TmuxSession();
  const mono = new TmuxSession();
  const smallest = new TmuxSession();
  afterAll(async () => {
    await colour.kill();
    await mono.kill();
    await smallest.kill();
  });

  /** Opens project's form, picks `compare previous` (its last row) and runs it. */
  async function comparePrevious(session: TmuxSession): Promise<string> {
    await session.waitFor('❯ project');
    await session.keys('Enter');
    await session.waitFor('Compare with');
    await session.keys('Up', 'Right');
    await session.waitFor('[previous]');
    await session.keys('Enter');
    return session.waitFor(wholeFrame(/change [+-][\d.]+ h/));
  }

  /** Both totals and the change, in the words of the header. */
  const totals =
    /^[\d,.]+ h in \d+ rows .*\nprevious \d{4}-\d\d-\d\d → \d{4}-\d\d-\d\d: [\d,.]+ h · change [+-]?[\d.,]+ h \((?:[+-]?\d+\.\d %|no earlier data)\)$/m;

  it('shows both totals, the change and the earlier period as a dimmer series, and exports a workbook', async () => {
    const config = await mkdtemp(join(tmpdir(), 'boomstream-xdg-'));
    await colour.start(
      `${CLEAN_ENV} XDG_CONFIG_HOME=${config} ${process.execPath} ${BIN}; echo "exit code $?"; sleep 120`,
      80,
      24,
    );
    const pane = await comparePrevious(colour);
    expect(pane).toMatch(totals);
    expect(pane).toContain('now █ · before dim █');
    // Two series: the bars of this period in green, the earlier ones dim (tmux may put other
    // codes between a colour and the glyphs it colours).
    const coloured = await colour.capture(true);
    const bars = (sgr: string) =>
      new RegExp(String.raw`\u001B\[${sgr}m(?:\u001B\[[0-9;]*m)* *[▁▂▃▄▅▆▇█]`);
    expect(coloured).toMatch(bars('32'));
    expect(coloured).toMatch(bars('2'));
    expect(pane).not.toContain('░');

    const file = join(config, 'compare.xlsx');
    await colour.keys('e', 'C-u');
    await colour.text(join(config, 'compare.csv'));
    await colour.keys('Tab', 'Tab');
    await colour.waitFor('compare.xlsx');
    await colour.keys('Enter');
    const written = await colour.waitFor(wholeFrame(/Exported \d+ rows as XLSX/));
    // Nothing but the app drew on the screen while the workbook was written.
    expect(written.split('\n')[0]).toBe('Boomstream statistics › project');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    const header = (sheet?.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('hours');
    const hours = sheet?.getRow(2).getCell(header.indexOf('hours') + 1);
    expect(hours?.type).toBe(ExcelJS.ValueType.Number);
    expect(sheet?.getRow(2).getCell(header.indexOf('date') + 1).type).toBe(ExcelJS.ValueType.Date);
    await colour.keys('q');
    await colour.waitFor('exit code 0');
  }, 90_000);

  it('draws the earlier period with another glyph under NO_COLOR', async () => {
    const config = await mkdtemp(join(tmpdir(), 'boomstream-xdg-'));
    await mono.start(
      `${CLEAN_ENV} NO_COLOR=1 XDG_CONFIG_HOME=${config} ${process.execPath} ${BIN}; echo "exit code $?"; sleep 120`,
      80,
      24,
    );
    const pane = await comparePrevious(mono);
    expect(pane).toMatch(totals);
    expect(pane).toContain('now █ · before ░');
    // The form's default period ends today, which is not over: the header says so.
    expect(pane).toMatch(/ h in \d+ rows · .* · today not over$/m);
    expect(pane).toMatch(/[▁▂▃▄▅▆▇█]+░+/);
    // No colour and no style at all: not one SGR code.
    expect(await mono.capture(true)).not.toMatch(new RegExp(String.raw`\u001B\[[0-9;]*m`));
    await mono.keys('q');
    await mono.waitFor('exit code 0');
  }, 90_000);

  it('fits the comparison at the smallest size (60×22)', async () => {
    const config = await mkdtemp(join(tmpdir(), 'boomstream-xdg-'));
    await smallest.start(
      `${CLEAN_ENV} NO_COLOR=1 XDG_CONFIG_HOME=${config} ${process.execPath} ${BIN}; echo "exit code $?"; sleep 120`,
      60,
      22,
    );
    const pane = await comparePrevious(smallest);
    const lines = pane.split('\n');
    expect(lines[0]).toBe('Boomstream statistics › project');
    expect(lines[21] ?? '').toBe('');
    expect(pane).toContain('Before');
    expect(footer(pane)).toMatch(/q quit$/);
    await smallest.keys('q');
    await smallest.waitFor('exit code 0');
  }, 90_000);
});
