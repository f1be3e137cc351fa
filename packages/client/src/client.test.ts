import { methods } from '@boomstream/spec';
import { Agent, MockAgent, type Dispatcher } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';

import {
  fixtureAgent,
  fixtureApiKey,
  fixtureParams,
  fixtureXml,
  readIndex,
  referenceXml,
  STAND_INS,
  type FixtureEntry,
} from '../test/fixtures.js';
import { sendXml, startServer } from '../test/server.js';
import { readWire } from '../test/wire-reader.js';
import { BoomstreamClient } from './client.js';
import type { ClientOptions } from './config.js';
import {
  BoomstreamAbortError,
  BoomstreamApiError,
  BoomstreamConnectionError,
  BoomstreamDecodeError,
  BoomstreamError,
  BoomstreamHttpError,
  BoomstreamTimeoutError,
  BoomstreamValidationError,
} from './errors.js';

const ORIGIN = 'https://boomstream.test';
const BASE = `${ORIGIN}/api`;
const API_KEY = 'k3y-0001';

let agent: MockAgent | undefined;
afterEach(async () => {
  await agent?.close();
  agent = undefined;
});

/** A client on a MockAgent that refuses every request not scripted. */
function scripted(options: ClientOptions = {}) {
  agent = new MockAgent();
  agent.disableNetConnect();
  const client = new BoomstreamClient({
    apiKey: API_KEY,
    baseUrl: BASE,
    dispatcher: agent,
    maxRetries: 0,
    ...options,
  });
  return { client, pool: agent.get(ORIGIN) };
}

/** An error as its class name and API message; anything else as it is. */
function errorShape(value: unknown): unknown {
  return value instanceof BoomstreamError
    ? { error: value.name, apiMessage: (value as Partial<BoomstreamApiError>).apiMessage }
    : value;
}

describe('contract: every generated fixture through an undici MockAgent', () => {
  const { fixtures, rejected = [] } = readIndex();
  const named = (list: readonly FixtureEntry[]) =>
    list.map((fixture) => [`${fixture.method} ${fixture.file}`, fixture] as const);

  it('covers the three reference examples', () => {
    expect(fixtures.filter((f) => f.source === 'reference').map((f) => f.method)).toEqual(
      Object.keys(methods),
    );
  });

  it.each(named(fixtures.filter((fixture) => fixture.auth !== 'none')))(
    '%s: the client answers what the XML says, read by a second, regex-only reader',
    async (_name, fixture) => {
      agent = fixtureAgent(ORIGIN, '/api', API_KEY);
      const apiKey = fixtureApiKey(fixture, API_KEY)!;
      const client = new BoomstreamClient({ apiKey, baseUrl: BASE, dispatcher: agent });
      const wire = readWire(fixtureXml(fixture));
      const result: unknown = await client.stats[fixture.method](
        fixtureParams(fixture) as never,
      ).catch((error: unknown) => error);
      const expected =
        wire.kind === 'failed'
          ? { error: 'BoomstreamApiError', apiMessage: wire.message }
          : wire.kind === 'session'
            ? { page: Number(fixture.request.query['page'] ?? 1), items: wire.items }
            : wire.page;
      expect(errorShape(result)).toEqual(expected);
    },
  );

  it.each(named(fixtures.filter((fixture) => fixture.auth === 'none')))(
    '%s (no key: the client cannot be built without one) is a Failed answer',
    (_name, fixture) => {
      expect(readWire(fixtureXml(fixture)).kind).toBe('failed');
    },
  );

  it.each(named(rejected))(
    '%s: what the server refuses, the client refuses before sending',
    async (_name, fixture) => {
      // No interceptor answers these: a request would fail as a connection error.
      const { client } = scripted();
      const error: unknown = await client.stats[fixture.method](
        fixtureParams(fixture) as never,
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BoomstreamValidationError);
      const named = (error as BoomstreamValidationError).issues.map((issue) => issue.param);
      expect(named.length).toBeGreaterThan(0);
      const known = [
        ...Object.keys(fixture.request.query),
        ...Object.keys(methods[fixture.method].params),
      ];
      expect(known).toEqual(expect.arrayContaining(named));
      expect(readWire(fixtureXml(fixture)).kind).toBe('failed');
    },
  );

  it('decodes the reference examples to the values of docs/api.md', async () => {
    agent = fixtureAgent(ORIGIN, '/api', API_KEY);
    const client = new BoomstreamClient({ apiKey: API_KEY, baseUrl: BASE, dispatcher: agent });
    const range = { start: '2019-01-01', end: '2020-05-01', group: 'day' } as const;
    const item = { date: '2019-12-23', timeMs: 965_600, hours: 0.27 };
    const project = await client.stats.project(range);
    expect(project).toMatchObject({ period: { start: '2019-01-01', end: '2020-05-10' } });
    expect(project.items).toEqual([item]);
    const target = await client.stats.target({ ...range, code: 'XXXXXXXX' });
    expect(target).toMatchObject({ sourceType: 'media', items: [item] });
    const sessions = await client.stats.session({
      code: STAND_INS['code']!,
      hash: STAND_INS['hash']!,
      start: '2019-01-01',
      end: '2020-05-01',
      order: 'desc',
    });
    expect(sessions.items).toEqual([
      expect.objectContaining({
        place: 'Media name',
        ip: '192.168.0.1',
        country: 'Russia',
        createdAt: '2020-09-09T11:35:28+03:00',
        leftActivations: 1,
      }),
    ]);
  });
});

describe('requests', () => {
  it('send only the parameters the caller set, URL-encoded, with the key in the query', async () => {
    const { client, pool } = scripted();
    pool
      .intercept({
        path: '/api/stats',
        method: 'GET',
        query: { project: 'a&b=c+d/é', group: 'hour', apikey: API_KEY },
      })
      .reply(200, referenceXml('project'));
    const page = await client.stats.project({ project: 'a&b=c+d/é', group: 'hour' });
    expect(page.items).toHaveLength(1);
    agent!.assertNoPendingInterceptors();
  });

  it("send the key as Authorization: Bearer with auth: 'header'", async () => {
    const { client, pool } = scripted({ auth: 'header' });
    pool
      .intercept({
        path: '/api/stats',
        method: 'GET',
        query: { code: 'AbCd1234' },
        headers: { authorization: `Bearer ${API_KEY}` },
      })
      .reply(200, referenceXml('target'));
    await expect(client.stats.target({ code: 'AbCd1234' })).resolves.toMatchObject({
      sourceType: 'media',
    });
  });
});

describe('a dispatcher of the caller', () => {
  /** What users write to watch their traffic: an `Agent` whose `request` records, then sends. */
  class Logging extends Agent {
    readonly paths: string[] = [];

    override request<TOpaque = null>(
      options: Dispatcher.RequestOptions<TOpaque>,
      callback: (err: Error | null, data: Dispatcher.ResponseData<TOpaque>) => void,
    ): void;
    override request<TOpaque = null>(
      options: Dispatcher.RequestOptions<TOpaque>,
    ): Promise<Dispatcher.ResponseData<TOpaque>>;
    override request<TOpaque = null>(
      options: Dispatcher.RequestOptions<TOpaque>,
      callback?: (err: Error | null, data: Dispatcher.ResponseData<TOpaque>) => void,
    ): Promise<Dispatcher.ResponseData<TOpaque>> | void {
      this.paths.push(options.path);
      if (callback === undefined) return super.request(options);
      super.request(options, callback);
    }
  }

  it('sends every request through its own request method, overridden or not', async () => {
    const server = await startServer((_request, response) => {
      sendXml(response, referenceXml('project'));
    });
    const logging = new Logging();
    try {
      const client = new BoomstreamClient({
        apiKey: API_KEY,
        baseUrl: server.url,
        dispatcher: logging,
      });
      await expect(client.stats.project({ group: 'day' })).resolves.toMatchObject({ page: 1 });
      expect(logging.paths).toEqual([
        `${new URL(server.url).pathname}/stats?group=day&apikey=${API_KEY}`,
      ]);
    } finally {
      await logging.close();
      await server.close();
    }
  });
});

describe('every error class, from a scripted reply', () => {
  it('BoomstreamValidationError: bad parameters, before any request, naming parameter and rule', async () => {
    const { client } = scripted();
    const error: unknown = await client.stats
      .target({ code: 'short', start: '2021-02-29', page: 0 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BoomstreamValidationError);
    expect(error).toMatchObject({
      method: 'target',
      url: `${BASE}/stats`,
      issues: [
        { param: 'code', message: 'must be 8 letters or digits, e.g. AbCd1234' },
        { param: 'start', message: 'must be a calendar date as YYYY-MM-DD' },
        { param: 'page', message: 'must be 1 or more' },
      ],
    });
    expect((error as Error).message).toContain('code: must be 8 letters or digits');
  });

  it('BoomstreamValidationError: bad call options', async () => {
    const { client } = scripted();
    await expect(
      client.stats.project({}, { timeoutMs: -1, maxRetries: 1.5 }),
    ).rejects.toMatchObject({
      name: 'BoomstreamValidationError',
      issues: [
        { param: 'timeoutMs', message: 'must be more than 0 milliseconds' },
        { param: 'maxRetries', message: 'must be a whole number' },
      ],
    });
  });

  it('BoomstreamApiError: Status Failed, not retried', async () => {
    const { client, pool } = scripted({ maxRetries: 2 });
    pool
      .intercept({ path: /^\/api\/ppv\/sessions/, method: 'GET' })
      .reply(200, '<Response><Status>Failed</Status><Message>Media not found</Message></Response>');
    const error = await client.stats
      .session({ code: 'AbCd1234', hash: 'customer-pass' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BoomstreamApiError);
    expect(error).toBeInstanceOf(BoomstreamError);
    expect(error).toMatchObject({
      code: 'api',
      method: 'session',
      apiMessage: 'Media not found',
      url: `${BASE}/ppv/sessions?code=AbCd1234&hash=***&apikey=***`,
    });
  });

  it('BoomstreamHttpError: a status other than 2xx', async () => {
    const { client, pool } = scripted();
    pool.intercept({ path: /^\/api\/stats/, method: 'GET' }).reply(404, 'Not Found');
    const error = await client.stats.project({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BoomstreamHttpError);
    expect(error).toMatchObject({
      code: 'http',
      status: 404,
      url: `${BASE}/stats?apikey=***`,
    });
  });

  it('BoomstreamHttpError: keeps the response headers, credentials and secrets masked, and the request id', async () => {
    const { client, pool } = scripted();
    pool.intercept({ path: /^\/api\/stats/, method: 'GET' }).reply(502, 'Bad Gateway', {
      headers: {
        'x-request-id': 'req-8f14e45f',
        'content-type': 'text/plain',
        'set-cookie': ['sid=abc123; HttpOnly', 'theme=dark'],
        authorization: `Bearer ${API_KEY}`,
        'x-debug-query': `apikey=${API_KEY}&group=day`,
      },
    });
    const error = await client.stats.project({ group: 'day' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BoomstreamHttpError);
    const { headers, requestId, message } = error as BoomstreamHttpError;
    expect(requestId).toBe('req-8f14e45f');
    expect(message).toContain('request id req-8f14e45f');
    expect(headers).toMatchObject({
      'x-request-id': 'req-8f14e45f',
      'content-type': 'text/plain',
      'set-cookie': '***',
      authorization: '***',
      'x-debug-query': 'apikey=***&group=day',
    });
    expect(JSON.stringify(error)).not.toContain(API_KEY);
  });

  it('BoomstreamHttpError: no request id when the server sends none', async () => {
    const { client, pool } = scripted();
    pool.intercept({ path: /^\/api\/stats/, method: 'GET' }).reply(404, 'Not Found');
    const error = await client.stats.project({}).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 404, requestId: undefined });
    expect((error as Error).message).not.toContain('request id');
  });

  it('BoomstreamConnectionError: the network fails', async () => {
    const { client, pool } = scripted();
    pool
      .intercept({ path: /^\/api\/stats/, method: 'GET' })
      .replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    const error = await client.stats.project({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BoomstreamConnectionError);
    expect((error as Error).cause).toMatchObject({ message: 'socket hang up', code: 'ECONNRESET' });
  });

  it('BoomstreamTimeoutError: no answer within timeoutMs', async () => {
    const { client, pool } = scripted({ timeoutMs: 50 });
    pool
      .intercept({ path: /^\/api\/stats/, method: 'GET' })
      .reply(200, referenceXml('project'))
      .delay(60_000);
    await expect(client.stats.project({})).rejects.toMatchObject({
      name: 'BoomstreamTimeoutError',
      timeoutMs: 50,
    });
    expect(BoomstreamTimeoutError.name).toBe('BoomstreamTimeoutError');
  });

  it('BoomstreamAbortError: the caller aborts', async () => {
    const { client, pool } = scripted();
    pool
      .intercept({ path: /^\/api\/stats/, method: 'GET' })
      .reply(200, referenceXml('project'))
      .delay(60_000);
    const controller = new AbortController();
    const call = client.stats.project({}, { signal: controller.signal });
    controller.abort();
    await expect(call).rejects.toBeInstanceOf(BoomstreamAbortError);
  });

  it('BoomstreamDecodeError: an HTML page with status 200', async () => {
    const { client, pool } = scripted();
    pool
      .intercept({ path: /^\/api\/stats/, method: 'GET' })
      .reply(200, '<html><body><h1>Maintenance</h1></body></html>');
    const error = await client.stats.project({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BoomstreamDecodeError);
    expect((error as Error).message).toContain('"<html><body><h1>Maintenance</h1></body></html>"');
  });
});

describe('the constructor', () => {
  it('needs an API key, from the options or BOOMSTREAM_API_KEY', () => {
    const saved = process.env['BOOMSTREAM_API_KEY'];
    delete process.env['BOOMSTREAM_API_KEY'];
    try {
      expect(() => new BoomstreamClient({ baseUrl: BASE })).toThrow(/BOOMSTREAM_API_KEY/);
      process.env['BOOMSTREAM_API_KEY'] = 'from-env';
      expect(new BoomstreamClient({ baseUrl: BASE }).baseUrl).toBe(BASE);
    } finally {
      if (saved === undefined) delete process.env['BOOMSTREAM_API_KEY'];
      else process.env['BOOMSTREAM_API_KEY'] = saved;
    }
  });
});

describe('the logger', () => {
  it('cannot turn a call into a failure by throwing', async () => {
    let lines = 0;
    const { client, pool } = scripted({
      logger: {
        debug: () => {
          lines += 1;
          throw new Error('the log is full');
        },
      },
    });
    pool.intercept({ path: /^\/api\/stats/, method: 'GET' }).reply(200, referenceXml('project'));
    await expect(client.stats.project({})).resolves.toMatchObject({ itemCount: 1 });
    expect(lines).toBe(1);
  });
});
