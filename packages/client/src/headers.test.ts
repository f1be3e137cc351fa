import { format, inspect } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startServer, sendXml, type TestServer } from '../test/server.js';
import { statsXml } from '../test/xml.js';
import { BoomstreamClient } from './client.js';
import { BoomstreamHttpError, BoomstreamValidationError } from './errors.js';

const API_KEY = 'headers-test-key';
const TOKEN = 'Zq7vK19pL04w';
const week = { start: '2024-06-24', end: '2024-06-30' };

/** One empty stats page; a request carrying `x-fail: echo` gets a 500 echoing every header it was sent. */
let server: TestServer;
beforeAll(async () => {
  server = await startServer((request, response) => {
    if (request.headers['x-fail'] === 'echo') {
      response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(JSON.stringify(request.headers));
      return;
    }
    sendXml(
      response,
      statsXml({
        period: { start: week.start, end: week.end },
        groupBy: 'day',
        sourceType: 'project',
        page: 1,
        pageLimit: 1000,
        pageCount: 0,
        itemCount: 0,
        items: [],
      }),
    );
  });
});
afterAll(() => server.close());

const lastHeaders = () => server.requests.at(-1)?.headers ?? {};

describe('the headers option', () => {
  it('sends the client headers on every call, and a call header replaces a client header of the same name in any case', async () => {
    const client = new BoomstreamClient({
      apiKey: API_KEY,
      baseUrl: server.url,
      headers: { 'X-Tenant': 'north', 'X-Trace': 'set-by-the-client' },
    });
    await client.stats.project(week);
    expect(lastHeaders()).toMatchObject({ 'x-tenant': 'north', 'x-trace': 'set-by-the-client' });

    await client.stats.project(week, { headers: { 'x-TRACE': 'call' } });
    expect(lastHeaders()).toMatchObject({ 'x-tenant': 'north', 'x-trace': 'call' });
    expect(JSON.stringify(lastHeaders())).not.toContain('set-by-the-client');
  });

  it('keeps the client own headers: accept, accept-encoding and the key in header mode', async () => {
    const client = new BoomstreamClient({
      apiKey: API_KEY,
      baseUrl: server.url,
      auth: 'header',
      headers: { 'user-agent': 'my-report/1.0' },
    });
    await client.stats.project(week);
    expect(lastHeaders()).toMatchObject({
      accept: 'application/xml',
      authorization: `Bearer ${API_KEY}`,
      'user-agent': 'my-report/1.0',
    });
    expect(lastHeaders()['accept-encoding']).toMatch(/gzip/);
  });

  it.each([
    [{ authorization: 'Bearer other' }, /headers.*must not set authorization/],
    [{ 'Accept-Encoding': 'zstd' }, /headers.*must not set accept-encoding/],
    [{ 'bad name': 'x' }, /headers.*not a valid header name/],
    [{ 'x-a': 'one', 'X-A': 'two' }, /headers.*names x-a twice/],
    [{ 'x-a': 'line\r\nx-injected: 1' }, /headers.*line break/],
  ])('refuses %o before any request, naming the rule', async (headers, rule) => {
    const before = server.requests.length;
    expect(() => new BoomstreamClient({ apiKey: API_KEY, baseUrl: server.url, headers })).toThrow(
      BoomstreamValidationError,
    );
    const client = new BoomstreamClient({ apiKey: API_KEY, baseUrl: server.url });
    const error: unknown = await client.stats.project(week, { headers }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BoomstreamValidationError);
    expect((error as Error).message).toMatch(rule);
    expect((error as Error).message).not.toContain('line\r\n');
    expect(server.requests.length).toBe(before);
  });

  it('masks the value of a credential-like header wherever an error could show it', async () => {
    const logged: string[] = [];
    const client = new BoomstreamClient({
      apiKey: API_KEY,
      baseUrl: server.url,
      maxRetries: 0,
      headers: { 'x-gateway-token': TOKEN },
      logger: { debug: (line) => logged.push(line) },
    });
    const error: unknown = await client.stats
      .project(week, { headers: { 'x-fail': 'echo' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BoomstreamHttpError);
    expect(lastHeaders()['x-gateway-token']).toBe(TOKEN);
    const shown = [
      format(error),
      inspect(error, { showHidden: true, depth: 5 }),
      JSON.stringify(error),
      ...logged,
    ].join('\n');
    // Any four characters in a row of the token would be a leak.
    for (let i = 0; i + 4 <= TOKEN.length; i += 1) {
      expect(shown).not.toContain(TOKEN.slice(i, i + 4));
    }
  });
});
