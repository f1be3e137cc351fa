import { afterEach, describe, expect, it } from 'vitest';

import { referenceXml } from '../test/fixtures.js';
import { sendXml, startServer, type Handler, type TestServer } from '../test/server.js';
import { BoomstreamClient, type ClientOptions } from './index.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function clientOn(handler: Handler, options: ClientOptions = {}) {
  server = await startServer(handler);
  return {
    server,
    client: new BoomstreamClient({ apiKey: 'test-key', baseUrl: server.url, ...options }),
  };
}

const projectXml = referenceXml('project');
const failure = (error: unknown) => error;

describe('retries, against a real node:http server', () => {
  it('500 three times with maxRetries 2: 3 attempts, then BoomstreamHttpError', async () => {
    const { server, client } = await clientOn((_request, response) => {
      response.writeHead(500).end('boom');
    });
    const error = await client.stats.project({}, { maxRetries: 2 }).catch(failure);
    expect(error).toMatchObject({ name: 'BoomstreamHttpError', status: 500 });
    expect(server.requests).toHaveLength(3);
  });

  it('a transient failure then a success: the call succeeds', async () => {
    const { server, client } = await clientOn((_request, response) => {
      if (server.requests.length === 1) response.writeHead(503).end();
      else sendXml(response, projectXml);
    });
    await expect(client.stats.project({})).resolves.toMatchObject({ pageCount: 1 });
    expect(server.requests).toHaveLength(2);
  });

  it.each([400, 401, 403, 404])('%i: one attempt, never retried', async (status) => {
    const { server, client } = await clientOn((_request, response) => {
      response.writeHead(status).end();
    });
    await expect(client.stats.project({})).rejects.toMatchObject({ status });
    expect(server.requests).toHaveLength(1);
  });

  it('Status Failed: one attempt, never retried', async () => {
    const { server, client } = await clientOn((_request, response) => {
      sendXml(
        response,
        '<Response><Status>Failed</Status><Message>Unauthorized</Message></Response>',
      );
    });
    await expect(client.stats.project({})).rejects.toMatchObject({ apiMessage: 'Unauthorized' });
    expect(server.requests).toHaveLength(1);
  });

  it('429 with Retry-After: 1 waits the second it asks for, not the 0.5 s backoff', async () => {
    const arrivals: number[] = [];
    const { server, client } = await clientOn((_request, response) => {
      arrivals.push(performance.now());
      if (arrivals.length === 1) response.writeHead(429, { 'retry-after': '1' }).end();
      else sendXml(response, projectXml);
    });
    await client.stats.project({});
    expect(server.requests).toHaveLength(2);
    // A lower bound only: a slow machine lengthens the wait, never shortens it.
    expect(arrivals[1]! - arrivals[0]!).toBeGreaterThanOrEqual(950);
  });

  it('a reset connection is a BoomstreamConnectionError after the retries', async () => {
    const { server, client } = await clientOn((_request, response) => {
      response.socket?.destroy();
    });
    await expect(client.stats.project({}, { maxRetries: 1 })).rejects.toMatchObject({
      name: 'BoomstreamConnectionError',
    });
    expect(server.requests).toHaveLength(2);
  });
});

describe('timeouts and abort', () => {
  it('a stalled response is a BoomstreamTimeoutError, each attempt bounded', async () => {
    const { server, client } = await clientOn(() => {
      // Never answers.
    });
    await expect(client.stats.project({}, { timeoutMs: 100, maxRetries: 1 })).rejects.toMatchObject(
      { name: 'BoomstreamTimeoutError', timeoutMs: 100 },
    );
    expect(server.requests).toHaveLength(2);
  });

  it('a body that stalls halfway is a BoomstreamTimeoutError too', async () => {
    const { client } = await clientOn((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/xml' });
      response.write(projectXml.slice(0, 100));
    });
    await expect(client.stats.project({}, { timeoutMs: 100, maxRetries: 0 })).rejects.toMatchObject(
      { name: 'BoomstreamTimeoutError' },
    );
  });

  it('abort mid-request rejects at once with BoomstreamAbortError, and is not retried', async () => {
    const { server, client } = await clientOn(() => {
      // Never answers: only the abort can end the call before its 30 s timeout.
    });
    const controller = new AbortController();
    const call = client.stats.project({}, { signal: controller.signal }).catch(failure);
    await server.waitForRequests(1);
    controller.abort();
    expect(await call).toMatchObject({ name: 'BoomstreamAbortError', method: 'project' });
    expect(server.requests).toHaveLength(1);
  });

  it('abort while waiting to retry ends the wait at once', async () => {
    const { server, client } = await clientOn((_request, response) => {
      response.writeHead(503, { 'retry-after': '30' }).end();
    });
    const controller = new AbortController();
    const call = client.stats.project({}, { signal: controller.signal }).catch(failure);
    await server.waitForRequests(1);
    controller.abort();
    expect(await call).toMatchObject({ name: 'BoomstreamAbortError' });
    expect(server.requests).toHaveLength(1);
  });

  it('an already aborted signal sends nothing', async () => {
    const { server, client } = await clientOn((_request, response) => {
      sendXml(response, projectXml);
    });
    await expect(client.stats.project({}, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'BoomstreamAbortError',
    });
    expect(server.requests).toHaveLength(0);
  });
});

describe('the body', () => {
  it.each([
    ['declared', true],
    ['chunked', false],
  ])(
    'larger than maxBodyBytes (%s) is a BoomstreamDecodeError, not retried',
    async (_case, declared) => {
      const big = `<Response>${'<Item>x</Item>'.repeat(1000)}</Response>`;
      const { server, client } = await clientOn(
        (_request, response) => {
          response.writeHead(200, declared ? { 'content-length': Buffer.byteLength(big) } : {});
          response.end(big);
        },
        { maxBodyBytes: 4096 },
      );
      await expect(client.stats.project({})).rejects.toMatchObject({
        name: 'BoomstreamDecodeError',
        message: expect.stringContaining('larger than 4096 bytes') as unknown,
      });
      expect(server.requests).toHaveLength(1);
    },
  );

  it('cut short by a dropped connection is a BoomstreamConnectionError, never a page with fewer items', async () => {
    const { client } = await clientOn((_request, response) => {
      response.writeHead(200, { 'content-length': Buffer.byteLength(projectXml) });
      response.write(projectXml.slice(0, projectXml.indexOf('</Item>') + 7), () => {
        response.socket?.destroy();
      });
    });
    await expect(client.stats.project({}, { maxRetries: 0 })).rejects.toMatchObject({
      name: 'BoomstreamConnectionError',
    });
  });

  it('a complete answer whose XML stops early is a BoomstreamDecodeError', async () => {
    const { client } = await clientOn((_request, response) => {
      sendXml(response, projectXml.slice(0, projectXml.indexOf('</Item>') + 7));
    });
    await expect(client.stats.project({})).rejects.toMatchObject({
      name: 'BoomstreamDecodeError',
    });
  });
});
