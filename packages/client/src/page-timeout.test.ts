import type { ServerResponse } from 'node:http';

import { afterEach, describe, expect, it } from 'vitest';

import { referenceXml } from '../test/fixtures.js';
import { sendXml, startServer, type Handler, type TestServer } from '../test/server.js';
import { hourlyPage, statsXml } from '../test/xml.js';
import { BoomstreamClient, CLIENT_DEFAULTS, type ClientOptions } from './index.js';

// Hostile servers against the per-page bound, over real sockets. Bounds are small so
// that the suite stays fast; the slack only absorbs a loaded machine's timers.
const BOUND_MS = 300;
const SLACK_MS = 1_500;

const servers: TestServer[] = [];
const timers: NodeJS.Timeout[] = [];
afterEach(async () => {
  for (const timer of timers.splice(0)) clearInterval(timer);
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function clientOn(handler: Handler, options: ClientOptions = {}) {
  const server = await startServer(handler);
  servers.push(server);
  return {
    server,
    client: new BoomstreamClient({ apiKey: 'test-key', baseUrl: server.url, ...options }),
  };
}

const projectXml = referenceXml('project');

/** Headers, then one byte of the body every `everyMs`, never the end. */
function trickle(response: ServerResponse, everyMs: number): void {
  response.writeHead(200, { 'content-type': 'application/xml' });
  let at = 0;
  timers.push(
    setInterval(() => {
      if (!response.destroyed) response.write(projectXml[at++ % projectXml.length] ?? ' ');
    }, everyMs),
  );
}

const hostile: [string, Handler][] = [
  ['never answers', () => undefined],
  [
    'sends headers, then nothing',
    (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/xml' });
      response.flushHeaders();
    },
  ],
  [
    'trickles a byte at a time, forever',
    (_request, response) => {
      trickle(response, 50);
    },
  ],
];

async function timed<T>(run: () => Promise<T>) {
  const started = performance.now();
  const outcome = await run().catch((error: unknown) => error);
  return { outcome, elapsed: performance.now() - started };
}

describe('pageTimeoutMs: one bound on a page, its retries included', () => {
  it('defaults to 45 s, above one attempt of 30 s', () => {
    expect(CLIENT_DEFAULTS.pageTimeoutMs).toBe(45_000);
    expect(CLIENT_DEFAULTS.timeoutMs).toBe(30_000);
  });

  it.each(hostile)(
    'a server that %s: BoomstreamTimeoutError within the bound, saying what it waited for and how long',
    async (_case, handler) => {
      // The client's bound: the attempts' own 30 s and two retries would take far longer.
      const { client } = await clientOn(handler, { pageTimeoutMs: BOUND_MS });
      const { outcome, elapsed } = await timed(() => client.stats.project({ page: 2 }));
      expect(outcome).toMatchObject({ name: 'BoomstreamTimeoutError', timeoutMs: BOUND_MS });
      expect((outcome as Error).message).toMatch(
        new RegExp(`page 2 within ${BOUND_MS} ms.*pageTimeoutMs`),
      );
      expect(elapsed).toBeLessThan(BOUND_MS + SLACK_MS);
    },
  );

  it('bounds the retries and the waits between them: no retry starts that could not finish', async () => {
    const { client, server } = await clientOn(() => undefined, {
      timeoutMs: 150,
      maxRetries: 10,
    });
    // A call's own bound overrides the client's.
    const { outcome, elapsed } = await timed(() =>
      client.stats.project({}, { pageTimeoutMs: 1_000 }),
    );
    expect(outcome).toMatchObject({ name: 'BoomstreamTimeoutError' });
    expect(elapsed).toBeLessThan(1_000 + SLACK_MS);
    // Retried: the bound covers them, it does not replace them.
    expect(server.requests.length).toBeGreaterThanOrEqual(2);
    expect(server.requests.length).toBeLessThan(11);
  });

  it('a Retry-After longer than what is left ends the page at once with the answer it had', async () => {
    const { client, server } = await clientOn((_request, response) => {
      response.writeHead(503, { 'retry-after': '30' }).end('busy');
    });
    const { outcome, elapsed } = await timed(() =>
      client.stats.project({}, { pageTimeoutMs: 5_000 }),
    );
    expect(outcome).toMatchObject({ name: 'BoomstreamHttpError', status: 503 });
    expect(elapsed).toBeLessThan(SLACK_MS);
    expect(server.requests).toHaveLength(1);
  });

  it('.all() and .iterate() go on while pages keep arriving, each page under its own bound', async () => {
    const pageCount = 6;
    const pageMs = 120;
    const { client } = await clientOn((request, response) => {
      const page = Number(request.query.get('page') ?? '1');
      setTimeout(() => {
        sendXml(response, statsXml(hourlyPage(page, pageCount)));
      }, pageMs);
    });
    // The read takes longer than one bound, every page well within it.
    const bound = { pageTimeoutMs: pageMs * 4 };
    const all = await client.stats.project.all({}, { ...bound, concurrency: 1 });
    expect(all).toHaveLength(pageCount * 3);
    const items = [];
    for await (const item of client.stats.project.iterate({}, bound)) items.push(item);
    expect(items).toEqual(all);
  });

  it('.all() fails with the page that stalls, under the bound', async () => {
    const pageCount = 4;
    const { client } = await clientOn((request, response) => {
      const page = Number(request.query.get('page') ?? '1');
      if (page === 3) trickle(response, 50);
      else sendXml(response, statsXml(hourlyPage(page, pageCount)));
    });
    const { outcome, elapsed } = await timed(() =>
      client.stats.project.all({}, { pageTimeoutMs: BOUND_MS }),
    );
    expect(outcome).toMatchObject({ name: 'BoomstreamTimeoutError', timeoutMs: BOUND_MS });
    expect((outcome as Error).message).toContain('page 3');
    expect(elapsed).toBeLessThan(BOUND_MS + SLACK_MS);
  });

  it('is an option of the client and of a call, checked like timeoutMs', async () => {
    expect(
      () =>
        new BoomstreamClient({ apiKey: 'k', baseUrl: 'http://127.0.0.1:1/api', pageTimeoutMs: 0 }),
    ).toThrow(
      expect.objectContaining({
        name: 'BoomstreamValidationError',
        issues: [{ param: 'pageTimeoutMs', message: 'must be more than 0 milliseconds' }],
      }),
    );
    const client = new BoomstreamClient({ apiKey: 'k', baseUrl: 'http://127.0.0.1:1/api' });
    await expect(client.stats.project({}, { pageTimeoutMs: -1 })).rejects.toMatchObject({
      name: 'BoomstreamValidationError',
      issues: [{ param: 'pageTimeoutMs', message: 'must be more than 0 milliseconds' }],
    });
  });
});
