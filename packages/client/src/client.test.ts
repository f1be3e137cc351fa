import { readFileSync } from 'node:fs';

import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { BoomstreamClient } from './client.js';
import {
  BoomstreamApiError,
  BoomstreamDecodeError,
  BoomstreamError,
  BoomstreamHttpError,
  BoomstreamValidationError,
} from './errors.js';

const BASE = 'https://boomstream.test/api';
const API_KEY = 'k3y-SECRET-0001';
const fixture = (name: string) =>
  readFileSync(new URL(`../../mocks/fixtures/reference/${name}.xml`, import.meta.url), 'utf8');

let agent: MockAgent;
let client: BoomstreamClient;

beforeEach(() => {
  agent = new MockAgent();
  agent.disableNetConnect();
  client = new BoomstreamClient({ apiKey: API_KEY, baseUrl: BASE, dispatcher: agent });
});

afterEach(async () => {
  await agent.close();
});

describe('BoomstreamClient (through an undici MockAgent)', () => {
  it('sends only the parameters the caller set, and decodes the page', async () => {
    agent
      .get('https://boomstream.test')
      .intercept({
        path: '/api/stats',
        method: 'GET',
        query: { apikey: API_KEY, start: '2019-01-01', group: 'day' },
      })
      .reply(200, fixture('project'));
    const page = await client.stats.project({ start: '2019-01-01', group: 'day' });
    expect(page.items).toEqual([{ date: '2019-12-23', timeMs: 965_600, hours: 0.27 }]);
    agent.assertNoPendingInterceptors();
  });

  it('rejects bad parameters before any request, naming the parameter and the rule', async () => {
    const error: unknown = await client.stats
      .target({ code: 'short', start: '2021-02-29' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BoomstreamValidationError);
    expect((error as BoomstreamValidationError).issues).toEqual([
      { param: 'code', message: 'must be 8 letters or digits, e.g. AbCd1234' },
      { param: 'start', message: 'must be a calendar date as YYYY-MM-DD' },
    ]);
  });

  it('turns Status Failed into BoomstreamApiError with a redacted URL', async () => {
    agent
      .get('https://boomstream.test')
      .intercept({ path: /^\/api\/ppv\/sessions/, method: 'GET' })
      .reply(200, '<Response><Status>Failed</Status><Message>Media not found</Message></Response>');
    const error = await client.stats
      .session({ code: 'AbCd1234', hash: 'customer-pass' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BoomstreamApiError);
    expect(error).toBeInstanceOf(BoomstreamError);
    expect((error as BoomstreamApiError).apiMessage).toBe('Media not found');
    expect((error as BoomstreamApiError).url).toBe(
      `${BASE}/ppv/sessions?code=AbCd1234&hash=***&apikey=***`,
    );
    expect(JSON.stringify(error) + String((error as Error).stack)).not.toMatch(
      /customer-pass|k3y-SECRET/,
    );
  });

  it('reports an HTTP status and an unexpected body with typed errors', async () => {
    const pool = agent.get('https://boomstream.test');
    pool.intercept({ path: /^\/api\/stats/, method: 'GET' }).reply(503, 'busy');
    pool.intercept({ path: /^\/api\/stats/, method: 'GET' }).reply(200, `<html>${API_KEY}</html>`);
    await expect(client.stats.project({})).rejects.toMatchObject({
      name: 'BoomstreamHttpError',
      status: 503,
    });
    const decodeError = await client.stats.project({}).catch((e: unknown) => e);
    expect(decodeError).toBeInstanceOf(BoomstreamDecodeError);
    expect((decodeError as Error).message).not.toContain(API_KEY);
    expect(BoomstreamHttpError.name).toBe('BoomstreamHttpError');
  });

  it('needs an API key', () => {
    const saved = process.env['BOOMSTREAM_API_KEY'];
    delete process.env['BOOMSTREAM_API_KEY'];
    try {
      expect(() => new BoomstreamClient({ baseUrl: BASE })).toThrow(/BOOMSTREAM_API_KEY/);
    } finally {
      if (saved !== undefined) process.env['BOOMSTREAM_API_KEY'] = saved;
    }
  });
});
