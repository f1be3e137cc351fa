import { BoomstreamClient } from '@boomstream/client';
import { describe, expect, it } from 'vitest';

import { startMockServer } from './server.js';

const today = '2024-06-30';

/** A server whose clock stands at `clock` Moscow time today, read through the real client. */
async function at<T>(
  clock: string,
  read: (client: BoomstreamClient, demo: { code: string; hash: string }[]) => Promise<T>,
) {
  const server = await startMockServer({
    seed: 9,
    today,
    now: new Date(`${today}T${clock}+03:00`),
  });
  try {
    const client = new BoomstreamClient({ apiKey: server.demo.apiKey, baseUrl: server.url });
    return await read(client, server.demo.sessions);
  } finally {
    await server.close();
  }
}

describe('the mock server with a now', () => {
  it('answers no hourly bucket after the current hour, and a day that sums its hours', async () => {
    await at('04:30:00', async (client) => {
      const query = { start: today, end: today, project: 'all' };
      const hourly = await client.stats.project({ ...query, group: 'hour' });
      expect(hourly.items.length).toBeGreaterThan(0);
      for (const { date } of hourly.items) expect(date <= `${today}T04:00`).toBe(true);
      const daily = await client.stats.project({ ...query, group: 'day' });
      expect(daily.items.map((item) => item.timeMs)).toEqual([
        hourly.items.reduce((sum, item) => sum + item.timeMs, 0),
      ]);
    });
  });

  it('gives demo passwords with sessions in the default range (today to tomorrow) at 00:30', async () => {
    await at('00:30:00', async (client, demo) => {
      expect(demo.length).toBeGreaterThan(0);
      for (const { code, hash } of demo) {
        const page = await client.stats.session({ code, hash });
        expect(page.items.length).toBeGreaterThan(0);
        for (const { createdAt } of page.items) {
          expect(createdAt >= `${today}T00:00:00+03:00`).toBe(true);
          expect(createdAt <= `${today}T00:30:00+03:00`).toBe(true);
        }
      }
    });
  });

  it('refuses to start with a now outside today, naming the option', async () => {
    await expect(
      startMockServer({ seed: 9, today, now: new Date(`${today}T23:00:00-03:00`) }),
    ).rejects.toThrow(/now/);
  });
});
