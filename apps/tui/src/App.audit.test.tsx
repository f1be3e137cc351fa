import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startMockServer, type FaultRule, type MockServer } from '@boomstream/mocks';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';

import { serverSource } from '../test/server-source.js';
import { waitForFrame, waitForInputListener, waitUntil } from '../test/wait-for-frame.js';
import { App } from './App.js';
import type { DataSource } from './data/source.js';
import { methodRegistry } from './registry.js';

const KEYS = { enter: '\r', esc: '\u001B', down: '\u001B[B', right: '\u001B[C' };
const today = '2024-06-30';

/** The audit's entry: after the three methods (no watch list here). */
const TO_AUDIT = ['j', 'j', 'j', KEYS.enter];

interface Opened {
  readonly server: MockServer;
  /** Requests of the session method the server has received. */
  readonly requests: () => number;
  /** Every abort signal the UI handed the data source, in order. */
  readonly signals: AbortSignal[];
  readonly frames: string[];
  readonly lastFrame: () => string;
  press(keys: readonly string[], expected: string): Promise<string>;
  close(): Promise<void>;
}

let opened: Opened | undefined;
afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

/** The app on the real client against a real mock server in demo mode, its requests counted. */
async function openApp(
  faults: readonly FaultRule[] = [],
  wrap: (source: DataSource) => DataSource = (source) => source,
): Promise<Opened> {
  const server = await startMockServer({ today, faults });
  let requests = 0;
  server.use({
    session: () => {
      requests += 1;
      return undefined;
    },
  });
  const inner = serverSource(server, { demo: true, maxRetries: 0 });
  const signals: AbortSignal[] = [];
  const source: DataSource = wrap({
    ...inner,
    all: (method, params, signal, onProgress) => {
      signals.push(signal);
      return inner.all(method, params, signal, onProgress);
    },
  });
  const frames: string[] = [];
  const instance = render(<App methods={methodRegistry} source={source} today={today} />);
  const lastFrame = () => {
    const frame = instance.lastFrame() ?? '';
    frames.push(frame);
    return frame;
  };
  await waitForInputListener(instance.stdin);
  opened = {
    server,
    requests: () => requests,
    signals,
    frames,
    lastFrame,
    press: (keys, expected) => {
      for (const key of keys) instance.stdin.write(key);
      return waitForFrame(lastFrame, expected);
    },
    close: async () => {
      instance.unmount();
      await source.close();
    },
  };
  return opened;
}

/** Every address and password of the demo's audit customers, as the mock world holds them. */
function demoSecrets(server: MockServer) {
  const { start, end, customers, crowd } = server.demo.audit;
  const all = [...customers, ...crowd];
  const ips = all.flatMap(({ code, hash }) =>
    server.world.sessions({ code, hash, start, end }).map((session) => session.ip),
  );
  return { ips: [...new Set(ips)], hashes: all.map((customer) => customer.hash) };
}

describe('the sharing audit in the UI, on the real client and mock server', () => {
  it('audits the 200 demo customers with a progress bar, the seeded sharers on top, and shows no password or whole IP', async () => {
    const app = await openApp([{ kind: 'latency', ms: 5 }]);
    const setup = await app.press(TO_AUDIT, 'Sharing audit: is a customer’s password shared?');
    expect(setup).toContain('‹ the demo’s 200 customers ›');
    expect(setup).toContain('‹ last 30 days › 2024-06-01 → 2024-06-30');

    app.press([KEYS.enter], 'audited').catch(() => undefined);
    const progress = await waitUntil(
      () => /█+░* audited \d+ of 200 customers/.exec(app.lastFrame())?.[0],
      () => `a progress bar in:\n${app.lastFrame()}`,
    );
    expect(progress).toMatch(/audited \d+ of 200/);
    const list = await waitForFrame(app.lastFrame, '200 customers · 2024-06-01 → 2024-06-30');
    const ranked = list
      .split('\n')
      .map((line) => line.slice(2).split(/ +/).slice(0, 2))
      .filter(([, risk]) => ['high', 'medium', 'low', 'none', 'error'].includes(risk ?? ''));
    expect(ranked.slice(0, 3)).toEqual([
      ['group-buy', 'high'],
      ['two-cities', 'high'],
      ['activations-run-out', 'medium'],
    ]);
    expect(list).toContain('203.0.113.0/24 (4 customers)');
    expect(app.requests()).toBe(200);

    const timeline = await app.press([KEYS.enter], 'group-buy · high ·');
    expect(timeline).toContain('10 sessions');
    expect(timeline).toMatch(/Evidence: .*impossible-travel/);
    // The sessions from Belarus and Kazakhstan, hours after sessions in Russia, are the
    // impossible travel of the group buy's plan: marked as evidence.
    const rows = timeline
      .split('\n')
      .filter((line) => /^[› ] \d{4}-\d\d-\d\d \d\d:\d\d/.test(line));
    expect(rows).toHaveLength(10);
    for (const country of ['Belarus', 'Kazakhstan']) {
      expect(
        rows.find((row) => row.includes(country)),
        timeline,
      ).toMatch(/^[› ] \S+ \S+ ● /);
    }
    expect(timeline).toMatch(/2001:db8:[0-9a-f]+:[0-9a-f]+:x:x:x:x/);

    const belarus = rows.findIndex((row) => row.includes('Belarus'));
    const detail = await app.press(
      [...Array<string>(belarus).fill(KEYS.down), KEYS.enter],
      // Its parts come once the parser is loaded: the Mac's Safari.
      'Safari 17.4 · WebKit',
    );
    expect(detail).toContain(`group-buy · session ${belarus + 1} of 10`);
    expect(detail).toContain('Belarus');
    expect(detail).toContain('(masked) · network 2001:db8:');
    expect(detail).toMatch(/User agent +Mozilla\/5\.0/);
    expect(detail).toMatch(/Browser +\S/);
    expect(detail).toContain('Evidence with this session:');
    expect(detail).toMatch(/● impossible-travel: /);

    // esc goes back one level at a time.
    await app.press([KEYS.esc], 'group-buy · high ·');
    await app.press([KEYS.esc], '200 customers ·');
    await app.press([KEYS.esc], 'Sharing audit: is a customer’s password shared?');

    const { ips, hashes } = demoSecrets(app.server);
    // One address at least for each of the 200 customers.
    expect(ips.length).toBeGreaterThanOrEqual(200);
    for (const frame of app.frames) {
      for (const ip of ips) expect(frame).not.toContain(ip);
      for (const hash of hashes) expect(frame).not.toContain(hash);
    }
  }, 60_000);

  it('cancels with esc: the requests in flight are aborted, and no more are sent', async () => {
    // Slow answers, so that the audit is well under way, not done, when esc comes.
    const app = await openApp([{ kind: 'latency', ms: 400 }]);
    await app.press(TO_AUDIT, 'Sharing audit:');
    await app.press([KEYS.enter], 'audited 4 of 200');
    const atEsc = app.requests();
    await app.press([KEYS.esc], 'Cancelled: no more requests are sent');
    expect(atEsc).toBeGreaterThanOrEqual(4);
    expect(atEsc).toBeLessThan(200);
    // The signal reached the data source, so the client: every read it started is aborted,
    // as soon as React runs the job's cleanup after drawing the cancelled frame.
    expect(app.signals.length).toBeGreaterThan(0);
    await waitUntil(
      () => (app.signals.every((signal) => signal.aborted) ? true : undefined),
      () => 'every read aborted',
      1_000,
    );
    // Three answers' worth of time later, the server has seen no new request.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(app.requests()).toBeLessThanOrEqual(atEsc + 4);
    const settled = app.requests();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(app.requests()).toBe(settled);
    expect(app.lastFrame()).not.toContain('audited');
  }, 30_000);

  it('names a file that cannot be read, and a bad CSV line, and lists a customer that could not be read with its error', async () => {
    const app = await openApp();
    const dir = await mkdtemp(join(tmpdir(), 'boomstream-audit-ui-'));
    await app.press(TO_AUDIT, 'Sharing audit:');
    await app.press([KEYS.down, KEYS.right], '‹ a CSV file ›');
    await app.press([KEYS.down], 'CSV file');
    const missing = join(dir, 'missing.csv');
    const notFound = await app.press([missing, KEYS.enter], 'ENOENT');
    expect(notFound).toContain(`cannot read ${missing} (ENOENT)`);

    const broken = join(dir, 'broken.csv');
    await writeFile(broken, 'code,hash\nonly-one-field\n');
    await app.press(['\u0015', broken], broken);
    const bad = await app.press([KEYS.enter], 'line 2');
    expect(bad).toContain(`${broken}, line 2: 1 field where code,hash was expected`);

    const [first, second] = app.server.demo.audit.customers;
    const mixed = join(dir, 'customers.csv');
    await writeFile(
      mixed,
      `${first!.code},${first!.hash},first\nZZZZ0000,${second!.hash},unknown-media\n`,
    );
    await app.press(['\u0015', mixed], mixed);
    const list = await app.press([KEYS.enter], '2 customers · 2024-06-01');
    expect(list).toMatch(/first +high/);
    expect(list).toMatch(/unknown-media +error +✖/);
    expect(list).not.toContain(second!.hash);
    // enter on it says why, rather than open an empty timeline.
    const said = await app.press(['j', KEYS.enter], 'unknown-media could not be read');
    expect(said).not.toContain('session 1 of');

    // Without a label, a customer is named by a keyed fingerprint of its password.
    const unlabelled = join(dir, 'unlabelled.csv');
    await writeFile(unlabelled, `${first!.code},${first!.hash}\n`);
    await app.press([KEYS.esc], 'CSV file');
    await app.press(['\u0015', unlabelled], unlabelled);
    const named = await app.press([KEYS.enter], '1 customer · 2024-06-01');
    expect(named).toMatch(/^› [0-9a-f]{16} +high /m);
    expect(named).not.toContain(first!.hash);
  }, 30_000);

  it('masks a customer password in another customer’s error: the notice shows no password of the list', async () => {
    let echoed = '';
    const app = await openApp([], (source) => ({
      ...source,
      all: (method, params, signal, onProgress) =>
        echoed !== '' && params['hash'] !== echoed
          ? Promise.reject(new Error(`upstream echoed hash=${echoed}`))
          : source.all(method, params, signal, onProgress),
    }));
    const dir = await mkdtemp(join(tmpdir(), 'boomstream-audit-ui-'));
    await app.press(TO_AUDIT, 'Sharing audit:');
    await app.press([KEYS.down, KEYS.right], '‹ a CSV file ›');
    await app.press([KEYS.down], 'CSV file');
    const [first, second] = app.server.demo.audit.customers;
    echoed = first!.hash;
    const file = join(dir, 'customers.csv');
    await writeFile(
      file,
      `${first!.code},${first!.hash},first\n${second!.code},${second!.hash},second\n`,
    );
    await app.press([file], file);
    await app.press([KEYS.enter], '2 customers · 2024-06-01');
    const notice = await app.press(['j', KEYS.enter], 'second could not be read');
    expect(notice).toContain('upstream echoed hash=');
    expect(app.frames.some((frame) => frame.includes(first!.hash))).toBe(false);
  }, 30_000);

  it('blanks an escape sequence in a customer label on the list, the timeline title and the notice', async () => {
    const app = await openApp();
    const dir = await mkdtemp(join(tmpdir(), 'boomstream-audit-ui-'));
    await app.press(TO_AUDIT, 'Sharing audit:');
    await app.press([KEYS.down, KEYS.right], '‹ a CSV file ›');
    await app.press([KEYS.down], 'CSV file');
    const [first, second] = app.server.demo.audit.customers;
    const file = join(dir, 'customers.csv');
    await writeFile(
      file,
      `${first!.code},${first!.hash},evil\u001B[2Jone\nZZZZ0000,${second!.hash},bad\u001B[2Jtwo\n`,
    );
    await app.press([file], file);
    const list = await app.press([KEYS.enter], '2 customers · 2024-06-01');
    expect(list).toMatch(/evil \[2Jone +high/);
    const timeline = await app.press([KEYS.enter], 'evil [2Jone · high ·');
    expect(timeline).not.toContain('\u001B[2J');
    await app.press([KEYS.esc], '2 customers · 2024-06-01');
    const notice = await app.press(['j', KEYS.enter], 'bad [2Jtwo could not be read');
    expect(notice).not.toContain('\u001B[2J');
    expect(app.frames.some((frame) => frame.includes('\u001B[2J'))).toBe(false);
  }, 30_000);
});
