import { BoomstreamClient } from '@boomstream/client';
import { addDays, daysBetween, hoursOf, type StatsPage } from '@boomstream/spec';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createWorld } from '../world/index.js';
import { startMockServer, type MockServer } from './server.js';

const options = { seed: 21, today: '2024-06-30' };
const world = createWorld(options);
let server: MockServer;
let client: BoomstreamClient;

beforeAll(async () => {
  server = await startMockServer(options);
  client = new BoomstreamClient({ apiKey: server.demo.apiKey, baseUrl: server.url });
});
afterAll(() => server.close());

/** A day from before the world's history to after its today. */
const dayArb = fc.integer({ min: -800, max: 10 }).map((offset) => addDays(options.today, offset));
const rangeArb = fc
  .tuple(dayArb, fc.integer({ min: 0, max: 120 }))
  .map(([start, days]) => ({ start, end: addDays(start, days) }));

type StatsQuery = { start: string; end: string; group: 'day' | 'hour'; project?: string };

/** Every page of a stats query, read one after another through the client. */
async function allPages(query: StatsQuery & { order: 'asc' | 'desc' }): Promise<StatsPage[]> {
  const first = await client.stats.project(query);
  const pages = [first];
  for (let page = 2; page <= first.pageCount; page++) {
    pages.push(await client.stats.project({ ...query, page }));
  }
  return pages;
}

const sumByDay = (pages: readonly StatsPage[]) => {
  const sums = new Map<string, number>();
  for (const { date, timeMs } of pages.flatMap((p) => p.items)) {
    sums.set(date.slice(0, 10), (sums.get(date.slice(0, 10)) ?? 0) + timeMs);
  }
  return sums;
};

describe('stats invariants over random valid queries, through the client', () => {
  it('hold for items, order, range, paging and time_dim', async () => {
    await fc.assert(
      fc.asyncProperty(
        rangeArb,
        fc.constantFrom('day' as const, 'hour' as const),
        fc.constantFrom('asc' as const, 'desc' as const),
        async ({ start, end }, group, order) => {
          const pages = await allPages({ start, end, group, order });
          const items = pages.flatMap((page) => page.items);
          const dates = items.map((item) => item.date);
          const sorted = [...dates].sort();
          expect(dates).toEqual(order === 'asc' ? sorted : sorted.reverse());
          expect(new Set(dates).size).toBe(dates.length);
          for (const { date, timeMs, hours } of items) {
            expect(date.slice(0, 10) >= start && date.slice(0, 10) <= end).toBe(true);
            expect(date.slice(0, 10) <= options.today).toBe(true);
            expect(date).toMatch(group === 'day' ? /^\d{4}-\d{2}-\d{2}$/ : /T\d{2}:00$/);
            expect(timeMs).toBeGreaterThan(0);
            expect(hours).toBe(hoursOf(timeMs));
          }
          const [first] = pages;
          expect(first).toMatchObject({ period: { start, end }, pageLimit: 1000 });
          expect(first?.itemCount).toBe(items.length);
          expect(first?.pageCount).toBe(Math.ceil(items.length / 1000));
          for (const page of pages.slice(0, -1)) expect(page.items).toHaveLength(1000);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('sum the hourly buckets of a day to its daily bucket', async () => {
    await fc.assert(
      fc.asyncProperty(rangeArb, async ({ start, end }) => {
        const query = { start, end: addDays(start, Math.min(daysBetween(start, end), 30)) };
        const hourly = await allPages({ ...query, group: 'hour', order: 'asc' });
        const daily = await allPages({ ...query, group: 'day', order: 'asc' });
        expect(sumByDay(hourly)).toEqual(sumByDay(daily));
      }),
      { numRuns: 15 },
    );
  });

  it("sum the account's projects into project=all", async () => {
    await fc.assert(
      fc.asyncProperty(
        rangeArb,
        fc.constantFrom('day' as const, 'hour' as const),
        async (range, group) => {
          const query = { ...range, group, order: 'asc' as const };
          const all = sumByDay(await allPages({ ...query, project: 'all' }));
          const parts = await Promise.all(
            world.projects.map(async ({ key }) =>
              sumByDay(await allPages({ ...query, project: key })),
            ),
          );
          const summed = new Map<string, number>();
          for (const [day, timeMs] of parts.flatMap((part) => [...part])) {
            summed.set(day, (summed.get(day) ?? 0) + timeMs);
          }
          expect(all).toEqual(summed);
        },
      ),
      { numRuns: 10 },
    );
  });
});

describe('sessions through the client', () => {
  it('come in order, inside the range, 100 a page, and the demo pairs have sessions today', async () => {
    for (const { code, hash } of server.demo.sessions) {
      const today = await client.stats.session({ code, hash });
      expect(today.items.length).toBeGreaterThan(0);
      for (const item of today.items) expect(item.createdAt.slice(0, 10)).toBe(options.today);
    }
    const shared = world.projects[0]!.customers[0]!;
    const query = {
      code: shared.code,
      hash: shared.hash,
      start: addDays(options.today, -60),
      end: options.today,
    };
    const pages = [];
    for (let page = 1; page <= 4; page++)
      pages.push(await client.stats.session({ ...query, order: 'desc', page }));
    expect(pages.map((p) => p.items.length)).toEqual([100, 100, shared.sessions.length - 200, 0]);
    const times = pages.flatMap((p) => p.items.map((item) => item.createdAt));
    expect(times).toEqual([...times].sort().reverse());
  });
});
