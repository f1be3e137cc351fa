import { BoomstreamApiError, BoomstreamHttpError, type StatsItem } from '@boomstream/client';
import { addDays, apiMessages, hoursOf } from '@boomstream/spec';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { transports, type RunningMock } from '../../test/transports.js';
import { failed } from './result.js';
import { MockHandlerError } from './overrides.js';

const today = '2024-06-30';
const pad = (n: number) => String(n).padStart(2, '0');

/** `count` consecutive hourly buckets from `first` 00:00, each with a different, known time. */
function hourlyItems(first: string, count: number): StatsItem[] {
  return Array.from({ length: count }, (_, i) => {
    const timeMs = ((i * 7919) % 3_600_000) + 1;
    return {
      date: `${addDays(first, Math.floor(i / 24))}T${pad(i % 24)}:00`,
      timeMs,
      hours: hoursOf(timeMs),
    };
  });
}

describe.each(transports)('mock.use() on the $name', (transport) => {
  let running: RunningMock;
  let code: string;
  let other: string;

  beforeAll(async () => {
    running = await transport.start({ seed: 5, today });
    [code = '', other = ''] = running.mock.demo.codes;
  });
  afterEach(() => {
    running.mock.reset();
  });
  afterAll(() => running.close());

  it("answers a handler's items in the format asked for: format=json gives the JSON wire object", async () => {
    running.mock.use({ target: () => [{ date: '2024-06-10', timeMs: 3_600_000 }] });
    const { apiKey } = running.mock.demo;
    const answer = await running.get(
      `/stats?apikey=${apiKey}&code=${code}&start=2024-06-08&end=2024-06-14&format=json`,
    );
    expect(String(answer.headers['content-type'])).toMatch(/^application\/json/);
    expect(JSON.parse(answer.body)).toMatchObject({
      Status: 'Success',
      ItemCount: '1',
      Items: { Item: [{ date: '10.06.2024', time: '3600000', time_dim: '1.00 hours' }] },
    });
  });

  it("answers target for one code with exactly the handler's three days, in either order", async () => {
    const days = [
      { date: '2024-06-12', timeMs: 5_400_000 },
      { date: '2024-06-10', timeMs: 3_600_000 },
      { date: '2024-06-11', timeMs: 965_600 },
    ];
    running.mock.use({ target: () => days }, { match: { code } });
    const client = running.client();
    const week = { code, start: '2024-06-08', end: '2024-06-14' };

    expect(await client.stats.target.all(week)).toEqual([
      { date: '2024-06-10', timeMs: 3_600_000, hours: 1 },
      { date: '2024-06-11', timeMs: 965_600, hours: 0.27 },
      { date: '2024-06-12', timeMs: 5_400_000, hours: 1.5 },
    ]);
    const desc = await client.stats.target({ ...week, order: 'desc' });
    expect(desc.items.map(({ date }) => date)).toEqual(['2024-06-12', '2024-06-11', '2024-06-10']);
    expect(desc).toMatchObject({
      period: { start: '2024-06-08', end: '2024-06-14' },
      sourceType: 'media',
      itemCount: 3,
      pageCount: 1,
      pageLimit: 1000,
    });
    // Another code still gets the world's viewing.
    expect(await client.stats.target.all({ ...week, code: other })).toEqual(
      running.mock.world.viewing({ ...week, code: other }),
    );
  });

  it('pages 2500 hourly items at the real page size: 3 pages, every item back in order', async () => {
    const items = hourlyItems('2024-03-01', 2500);
    running.mock.use({ target: () => items.toReversed() }, { match: { code } });
    const client = running.client();
    const params = { code, start: '2024-03-01', end: today, group: 'hour' } as const;

    const first = await client.stats.target(params);
    expect(first).toMatchObject({ pageLimit: 1000, pageCount: 3, itemCount: 2500 });
    expect(first.items).toHaveLength(1000);
    expect((await client.stats.target({ ...params, page: 3 })).items).toHaveLength(500);
    expect(await client.stats.target.all(params)).toEqual(items);
    expect(await client.stats.target.all({ ...params, order: 'desc' })).toEqual(items.toReversed());
  });

  it('computes hours left out, keeps hours given, and leaves out items outside the period', async () => {
    running.mock.use({
      project: () => [
        { date: '2024-06-01', timeMs: 1_800_000 },
        { date: '2024-06-02', timeMs: 1_800_000, hours: 7 },
        { date: '2024-05-01', timeMs: 1 },
      ],
    });
    const page = await running.client().stats.project({ start: '2024-06-01', end: '2024-06-30' });
    expect(page.items).toEqual([
      { date: '2024-06-01', timeMs: 1_800_000, hours: 0.5 },
      { date: '2024-06-02', timeMs: 1_800_000, hours: 7 },
    ]);
    expect(page.itemCount).toBe(2);
  });

  it('gives handlers the validated parameters with the server defaults applied', async () => {
    const seen: unknown[] = [];
    running.mock.use({
      target: (params) => {
        seen.push(params);
        return [];
      },
    });
    await running.client().stats.target({ code });
    expect(seen).toEqual([
      { code, start: addDays(today, -7), end: today, group: 'day', order: 'asc', page: 1 },
    ]);
  });

  it('keeps the key check and validation in front of the handlers', async () => {
    let calls = 0;
    running.mock.use({
      target: () => {
        calls += 1;
        return [];
      },
    });
    const key = running.mock.demo.apiKey;
    const badStart = await running.get(`/stats?apikey=${key}&code=${code}&start=2024-13-01`);
    expect(badStart.body).toContain(`<Message>${apiMessages.invalidDate('start')}</Message>`);
    const badKey = await running.get(`/stats?apikey=nope&code=${code}`);
    expect(badKey.body).toContain(`<Message>${apiMessages.invalidApiKey}</Message>`);
    expect(calls).toBe(0);
  });

  it("answers failed('…') as Status Failed with the test's message", async () => {
    running.mock.use({ session: () => failed('Password expired') });
    const [pair] = running.mock.demo.sessions;
    const error = await running
      .client()
      .stats.session({ code: pair!.code, hash: pair!.hash })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BoomstreamApiError);
    expect((error as BoomstreamApiError).apiMessage).toBe('Password expired');
  });

  it('plays a fault a handler returns: 429 with Retry-After', async () => {
    running.mock.use({ project: () => ({ kind: 'rate-limit', retryAfterSeconds: 7 }) });
    const answer = await running.get(`/stats?apikey=${running.mock.demo.apiKey}`);
    expect(answer.status).toBe(429);
    expect(answer.headers['retry-after']).toBe('7');
  });

  it('scopes an override to one request with once, and counts its calls', async () => {
    const override = running.mock.use(
      { project: () => [{ date: '2024-06-29', timeMs: 42 }] },
      { once: true },
    );
    const client = running.client();
    const week = { start: '2024-06-24', end: today };
    expect((await client.stats.project(week)).items).toEqual([
      { date: '2024-06-29', timeMs: 42, hours: 0 },
    ]);
    expect((await client.stats.project(week)).items).toEqual(running.mock.world.viewing(week));
    expect(override.calls).toBe(1);
  });

  it('matches by predicate, and passes to older overrides, then the world, on undefined', async () => {
    running.mock.use({ target: () => [{ date: '2024-06-29', timeMs: 1 }] });
    running.mock.use({ target: (params) => (params.order === 'desc' ? [] : undefined) });
    running.mock.use({ target: () => failed('never') }, { match: (params) => params.page === 9 });
    const client = running.client();
    const week = { code, start: '2024-06-24', end: today };
    expect((await client.stats.target({ ...week, order: 'desc' })).items).toEqual([]);
    expect((await client.stats.target(week)).items).toEqual([
      { date: '2024-06-29', timeMs: 1, hours: 0 },
    ]);
    const removable = running.mock.use({ target: () => [] });
    removable.remove();
    expect((await client.stats.target(week)).items).toHaveLength(1);
    running.mock.reset();
    expect((await client.stats.target(week)).items).toEqual(running.mock.world.viewing(week));
  });

  it('sends a whole page as it is', async () => {
    running.mock.use({
      target: () => ({
        period: { start: '2020-01-01', end: '2020-01-31' },
        groupBy: 'day',
        sourceType: 'media',
        page: 2,
        pageLimit: 10,
        pageCount: 5,
        itemCount: 41,
        items: [{ date: '2020-01-11', timeMs: 3_600_000 }],
      }),
    });
    expect(await running.client().stats.target({ code })).toEqual({
      period: { start: '2020-01-01', end: '2020-01-31' },
      groupBy: 'day',
      sourceType: 'media',
      page: 2,
      pageLimit: 10,
      pageCount: 5,
      itemCount: 41,
      items: [{ date: '2020-01-11', timeMs: 3_600_000, hours: 1 }],
    });
  });

  it('answers sessions from a handler, paged at 100', async () => {
    const [pair] = running.mock.demo.sessions;
    const sessions = Array.from({ length: 150 }, (_, i) => ({
      place: 'Hall',
      ip: '192.0.2.1',
      country: 'Latvia',
      userAgent: 'curl/8',
      createdAt: `2024-06-${pad(1 + Math.floor(i / 10))}T10:${pad(i % 60)}:00+03:00`,
      leftActivations: 150 - i,
    }));
    running.mock.use({ session: () => sessions });
    const params = { code: pair!.code, hash: pair!.hash, start: '2024-06-01', end: today };
    const client = running.client();
    expect((await client.stats.session(params)).items).toHaveLength(100);
    expect(await client.stats.session.all(params)).toEqual(
      sessions.toSorted((a, b) => a.createdAt.localeCompare(b.createdAt)),
    );
  });

  it('fails the test plainly when a handler answers what the spec refuses: 500 saying why, and reset() throws', async () => {
    running.mock.use({ target: () => [{ date: '2024-06-29', timeMs: -5 }] });
    const error = await running
      .client({ maxRetries: 0 })
      .stats.target({ code })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BoomstreamHttpError);
    expect((error as BoomstreamHttpError).status).toBe(500);
    expect((error as Error).message).toMatch(/MockHandlerError: mock\.use\(\) target handler/);
    expect(() => {
      running.mock.reset();
    }).toThrow(MockHandlerError);
    expect(() => {
      running.mock.reset();
    }).not.toThrow();
  });

  it('names the rule a handler broke, and never a secret', async () => {
    const [pair] = running.mock.demo.sessions;
    running.mock.use({ session: () => [{ place: 'Hall' }] as never });
    await running
      .client({ maxRetries: 0 })
      .stats.session({ code: pair!.code, hash: pair!.hash })
      .catch(() => undefined);
    const thrown = (() => {
      try {
        running.mock.reset();
      } catch (error) {
        return error as Error;
      }
      return undefined;
    })();
    expect(thrown?.message).toMatch(/session handler, for code=\w+&hash=\*\*\*/);
    expect(thrown?.message).toMatch(/createdAt/);
    expect(thrown?.message).not.toContain(pair!.hash);
  });

  it('refuses an hourly item for group=day, naming it', async () => {
    running.mock.use({ target: () => [{ date: '2024-06-29T10:00', timeMs: 1 }] });
    await running
      .client({ maxRetries: 0 })
      .stats.target({ code })
      .catch(() => undefined);
    expect(() => {
      running.mock.reset();
    }).toThrow(/items\[0\]\.date: 2024-06-29T10:00 is an hour, but the request asks group=day/);
  });
});
