import { startMockServer } from '@boomstream/mocks';
import { methods } from '@boomstream/spec';
import { describe, expect, it } from 'vitest';

import { connect } from './connect.js';

const signal = new AbortController().signal;

describe('connect', () => {
  it('starts the mock server in-process for demo data, with codes and passwords that answer', async () => {
    const source = await connect({ demo: true, apiKey: 'ignored-key', baseUrl: undefined });
    try {
      expect(source.mode).toBe('demo');
      expect(source.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api$/);
      const demo = source.demo!;
      expect(demo.codes.length).toBeGreaterThan(0);
      const page = await source.page(methods.target, { code: demo.codes[0]! }, signal);
      expect(page.items.length).toBeGreaterThan(0);
      const { code, hash } = demo.sessions[0]!;
      expect(source.secrets).not.toContain('ignored-key');
      await expect(source.page(methods.session, { code, hash }, signal)).resolves.toBeDefined();
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
      expect('itemCount' in first && first.itemCount).toBe(items.length);
      expect(progress.length).toBeGreaterThan(1);
      expect(progress.at(-1)).toBe('pageCount' in first ? first.pageCount : undefined);
    } finally {
      await server.close();
    }
  });
});
