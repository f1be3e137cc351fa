import { decodeBody } from '@boomstream/client';
import { methods } from '@boomstream/spec';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { parseFaults } from './faults.js';
import { startMockServer, type MockServer } from './server.js';

let server: MockServer;
let path: string;

beforeAll(async () => {
  server = await startMockServer({ seed: 3, today: '2024-06-30' });
  path = `${server.url}/stats?apikey=${server.demo.apiKey}&group=hour`;
});
afterAll(() => server.close());

const withFault = async (fault: string) => {
  const response = await request(path, { headers: { 'x-mock-fault': fault } });
  return {
    status: response.statusCode,
    headers: response.headers,
    body: await response.body.text(),
  };
};

describe('faults on request (x-mock-fault)', () => {
  it('reads the header syntax and names what it cannot read', () => {
    expect(parseFaults('latency=20, status=503')).toEqual([
      { kind: 'latency', ms: 20 },
      { kind: 'status', status: 503 },
    ]);
    expect(parseFaults('rate-limit')).toEqual([{ kind: 'rate-limit', retryAfterSeconds: 1 }]);
    expect(() => parseFaults('status=abc')).toThrow(/"status=abc" is not a fault/);
    expect(() => parseFaults('explode')).toThrow(/"explode" is not a fault/);
  });

  it('reads failed with a percent-encoded message, commas and equals signs included, or none', () => {
    expect(parseFaults('failed=Quota%2C%20try%20later, latency=5')).toEqual([
      { kind: 'failed', message: 'Quota, try later' },
      { kind: 'latency', ms: 5 },
    ]);
    expect(parseFaults('failed=a=b')).toEqual([{ kind: 'failed', message: 'a=b' }]);
    expect(parseFaults('failed')).toEqual([{ kind: 'failed' }]);
  });

  it("answers Status Failed with the header's message, and without a Message when it has none", async () => {
    const withMessage = await withFault('failed=Invalid%20API%20key');
    expect(withMessage.status).toBe(200);
    expect(decodeBody(methods.project, withMessage.body, 1)).toEqual({
      status: 'failed',
      message: 'Invalid API key',
    });
    expect(decodeBody(methods.project, (await withFault('failed')).body, 1)).toEqual({
      status: 'failed',
    });
  });

  it('answers a header it cannot read with 400 naming it', async () => {
    const { status, body } = await withFault('explode');
    expect(status).toBe(400);
    expect(body).toContain('&quot;explode&quot; is not a fault');
  });

  it('adds latency and still answers in full', async () => {
    const started = Date.now();
    const { status, body } = await withFault('latency=60');
    expect(status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
    expect(decodeBody(methods.project, body, 1).status).toBe('success');
  });

  it('answers a given HTTP status', async () => {
    expect(await withFault('status=503')).toMatchObject({ status: 503 });
  });

  it('answers a status that carries no body (204, 304) as valid HTTP, without a length', async () => {
    for (const status of [204, 304]) {
      const answer = await withFault(`status=${status}`);
      expect(answer).toMatchObject({ status, body: '' });
      expect(answer.headers['content-length']).toBeUndefined();
    }
  });

  it('answers 429 with Retry-After', async () => {
    const { status, headers } = await withFault('rate-limit=7');
    expect(status).toBe(429);
    expect(headers['retry-after']).toBe('7');
  });

  it("answers a proxy's HTML error page", async () => {
    const { status, headers, body } = await withFault('html');
    expect(status).toBe(502);
    expect(headers['content-type']).toBe('text/html');
    expect(body).toContain('<title>502 Bad Gateway</title>');
  });

  it('sends a truncated body: complete HTTP, XML cut halfway, which does not decode', async () => {
    const { status, headers, body } = await withFault('truncate');
    expect(status).toBe(200);
    expect(headers['content-length']).toBe(String(Buffer.byteLength(body)));
    expect(decodeBody(methods.project, body, 1).status).toBe('invalid');
  });

  it('sends malformed XML', async () => {
    const { status, body } = await withFault('malformed');
    expect(status).toBe(200);
    expect(decodeBody(methods.project, body, 1)).toMatchObject({ status: 'invalid' });
  });

  it('resets the connection mid-body', async () => {
    const response = await request(path, { headers: { 'x-mock-fault': 'reset' } });
    expect(response.statusCode).toBe(200);
    await expect(response.body.text()).rejects.toThrow();
  });

  it('stalls the body until the client gives up', async () => {
    const controller = new AbortController();
    const response = await request(path, {
      headers: { 'x-mock-fault': 'stall' },
      signal: controller.signal,
    });
    const chunks: Buffer[] = [];
    const reading = (async () => {
      for await (const chunk of response.body) {
        chunks.push(chunk as Buffer);
        controller.abort();
      }
    })();
    await expect(reading).rejects.toThrow();
    expect(Buffer.concat(chunks).length).toBeLessThan(Number(response.headers['content-length']));
  });
});

describe('faults as a server option', () => {
  it('play on the next `times` requests, then the server answers normally', async () => {
    const flaky = await startMockServer({
      seed: 3,
      today: '2024-06-30',
      faults: [{ kind: 'status', status: 503, times: 2 }],
    });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) {
        const response = await request(`${flaky.url}/stats?apikey=${flaky.demo.apiKey}`);
        await response.body.dump();
        statuses.push(response.statusCode);
      }
      expect(statuses).toEqual([503, 503, 200]);
    } finally {
      await flaky.close();
    }
  });

  it('play on one method only when the rule names it, counting only its requests', async () => {
    const server = await startMockServer({
      seed: 3,
      today: '2024-06-30',
      faults: [{ kind: 'failed', message: 'Target is down', method: 'target', times: 1 }],
    });
    try {
      const bodyOf = async (query: string) => {
        const response = await request(`${server.url}/stats?apikey=${server.demo.apiKey}${query}`);
        return response.body.text();
      };
      expect(await bodyOf('')).toContain('<Status>Success</Status>');
      expect(await bodyOf(`&code=${server.demo.codes[0]}`)).toContain(
        '<Message>Target is down</Message>',
      );
      expect(await bodyOf(`&code=${server.demo.codes[0]}`)).toContain('<Status>Success</Status>');
    } finally {
      await server.close();
    }
  });

  it('refuses a rule naming a method the spec has not', async () => {
    await expect(
      startMockServer({ faults: [{ kind: 'reset', method: 'nope' as never }] }),
    ).rejects.toThrow();
  });

  it('close() ends stalled answers and latencies at once', async () => {
    const stalling = await startMockServer({ faults: [{ kind: 'stall' }] });
    const slow = await startMockServer({ faults: [{ kind: 'latency', ms: 600_000 }] });
    const stalled = await request(`${stalling.url}/stats`);
    const pending = request(`${slow.url}/stats`).catch((error: unknown) => error);
    await stalling.close();
    await expect(stalled.body.text()).rejects.toThrow();
    await slow.close();
    expect(await pending).toBeInstanceOf(Error);
  });
});
