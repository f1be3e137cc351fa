import { startMockServer } from '@boomstream/mocks';
import { methods } from '@boomstream/spec';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { connect } from './connect.js';

const signal = new AbortController().signal;

afterEach(() => {
  vi.useRealTimers();
});

describe('connect', () => {
  it('starts the mock server in-process for demo data, with codes and passwords that answer', async () => {
    const source = await connect({ demo: true, apiKey: 'ignored-key', baseUrl: undefined });
    try {
      expect(source.mode).toBe('demo');
      expect(source.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api$/);
      const demo = source.demo!;
      expect(demo.codes.length).toBeGreaterThan(0);
      const answer = await source.page(methods.target, { code: demo.codes[0]! }, signal);
      expect(answer.kind).toBe('stats');
      expect(answer.page.items.length).toBeGreaterThan(0);
      const { code, hash } = demo.sessions[0]!;
      expect(source.secrets).not.toContain('ignored-key');
      await expect(source.page(methods.session, { code, hash }, signal)).resolves.toBeDefined();
    } finally {
      await source.close();
    }
  });

  it('shows demo data only up to the real time: at 00:30 Moscow, no later hour and sessions before now', async () => {
    // Only Date is faked: the server, the client and their timers run for real.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-06-30T00:30:00+03:00'));
    const source = await connect({ demo: true, apiKey: undefined, baseUrl: undefined });
    try {
      const params = { start: '2024-06-29', end: '2024-06-30', group: 'hour', project: 'all' };
      const hours = await source.all(methods.project, params, signal, () => undefined);
      if (hours.kind !== 'stats') throw new Error(`project answered ${hours.kind}`);
      const dates = hours.items.map((item) => item.date);
      expect(dates.some((date) => date.startsWith('2024-06-29T23'))).toBe(true);
      expect(dates.filter((date) => date > '2024-06-30T00:00')).toEqual([]);
      const demo = source.demo!;
      expect(demo.sessions.length).toBeGreaterThan(0);
      for (const { code, hash } of demo.sessions) {
        // The server's default range, today to tomorrow, as the form sends it.
        const answer = await source.page(methods.session, { code, hash }, signal);
        if (answer.kind !== 'sessions') throw new Error(`session answered ${answer.kind}`);
        const times = answer.page.items.map((item) => item.createdAt);
        expect(times.length).toBeGreaterThan(0);
        for (const time of times) {
          expect(time >= '2024-06-30T00:00:00+03:00' && time <= '2024-06-30T00:30:00+03:00').toBe(
            true,
          );
        }
      }
    } finally {
      await source.close();
    }
  });

  it('talks to the given API with a key, and reads every page with progress', async () => {
    const server = await startMockServer({ today: '2024-06-30' });
    try {
      const source = await connect({
        demo: false,
        apiKey: server.demo.apiKey,
        baseUrl: server.url,
      });
      expect(source.mode).toBe('live');
      expect(source.demo).toBeUndefined();
      expect(source.baseUrl).toBe(server.url);
      expect(source.secrets).toEqual([server.demo.apiKey]);
      const progress: number[] = [];
      const params = { start: '2024-04-01', end: '2024-06-30', group: 'hour' };
      const items = await source.all(methods.project, params, signal, (step) => {
        progress.push(step.page);
      });
      const first = await source.page(methods.project, params, signal);
      if (first.kind !== 'stats') throw new Error(`project answered ${first.kind}`);
      expect(first.page.itemCount).toBe(items.items.length);
      expect(progress.length).toBeGreaterThan(1);
      expect(progress.at(-1)).toBe(first.page.pageCount);
    } finally {
      await server.close();
    }
  });
});
