import { connect } from 'node:net';

import { apiMessages } from '@boomstream/spec';
import fc from 'fast-check';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { MAX_URL_LENGTH, startMockServer, type MockServer } from './server.js';

const today = '2024-06-30';
let server: MockServer;

beforeAll(async () => {
  server = await startMockServer({ seed: 11, today });
});
afterAll(() => server.close());

const get = async (path: string, headers: Record<string, string> = {}, method = 'GET') => {
  const response = await request(`${server.url}${path}`, { method: method as 'GET', headers });
  return {
    status: response.statusCode,
    headers: response.headers,
    body: await response.body.text(),
  };
};
const keyed = (query = '') => `/stats?apikey=${server.demo.apiKey}${query}`;
const failed = (message: string) =>
  `<Response>\n<Status>Failed</Status>\n<Message>${message}</Message>\n</Response>\n`;

describe('the mock server', () => {
  it('listens on 127.0.0.1 and gives the API prefix as its url', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api$/);
  });

  it('answers stats as XML with every wire element in order', async () => {
    const { status, headers, body } = await get(keyed());
    expect(status).toBe(200);
    expect(headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(body.match(/<(\w+)>/g)?.slice(0, 11)).toEqual(
      [
        'Response',
        'Period',
        'Start',
        'End',
        'GroupBy',
        'SourceType',
        'Page',
        'PageLimit',
        'PageCount',
        'ItemCount',
        'ItemFormat',
      ].map((n) => `<${n}>`),
    );
    expect(body).toContain('<Period>23.06.2024 - 30.06.2024</Period>');
  });

  it('takes the key as Authorization: Bearer, and an explicit apikey over it', async () => {
    const bearer = { authorization: `Bearer ${server.demo.apiKey}` };
    expect((await get('/stats', bearer)).body).toContain('<Status>Success</Status>');
    expect((await get('/stats?apikey=nope', bearer)).body).toBe(failed(apiMessages.invalidApiKey));
  });

  it.each([
    ['no key', '/stats'],
    ['a wrong key', '/stats?apikey=wrong'],
    ['a wrong key, sessions', '/ppv/sessions?apikey=wrong&code=AbCd1234&hash=x'],
  ])('answers %s with Failed Invalid API key, HTTP 200', async (_case, path) => {
    expect(await get(path)).toMatchObject({ status: 200, body: failed('Invalid API key') });
  });

  it.each([
    ['&start=2024-02-30', 'Invalid date: start'],
    ['&end=2024-6-1', 'Invalid date: end'],
    ['&start=2024-06-30&end=2024-06-01', 'Invalid date: start'],
    // The end left to its default (today, 2024-06-30): a later start is out of order too.
    ['&start=2024-07-01', 'Invalid date: start'],
    ['&group=week', 'Invalid parameter: group'],
    ['&order=random', 'Invalid parameter: order'],
    ['&page=0', 'Invalid parameter: page'],
    ['&page=-1', 'Invalid parameter: page'],
    ['&page=1.5', 'Invalid parameter: page'],
    ['&page=99999999999999999999', 'Invalid parameter: page'],
    ['&project=not-a-key', 'Invalid parameter: project'],
    ['&code=short', 'Invalid parameter: code'],
    ['&code=ZZZZ0000', 'Media not found'],
    ['&format=xls', 'Invalid parameter: format'],
  ])('answers stats with %s as Failed %s', async (query, message) => {
    expect(await get(keyed(query))).toMatchObject({ status: 200, body: failed(message) });
  });

  it.each([
    ['', 'Invalid parameter: code'],
    ['&code=AbCd1234', 'Invalid parameter: hash'],
    ['&code=ZZZZ0000&hash=x', 'Media not found'],
  ])('answers sessions with %j as Failed %s', async (query, message) => {
    const path = `/ppv/sessions?apikey=${server.demo.apiKey}${query}`;
    expect(await get(path)).toMatchObject({ status: 200, body: failed(message) });
  });

  it('answers an unknown path with 404 and an XML Failed body', async () => {
    for (const path of ['/nope', '/stats/', '/ppv']) {
      expect(await get(path)).toMatchObject({ status: 404, body: failed('Not found') });
    }
    const outside = await request(server.url.replace(/\/api$/, '/elsewhere'));
    expect(outside.statusCode).toBe(404);
    await outside.body.dump();
  });

  it('answers methods other than GET and HEAD with 405', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const answer = await get(keyed(), {}, method);
      expect(answer.status, method).toBe(405);
      expect(answer.headers['allow']).toBe('GET, HEAD');
    }
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const [head, full] = [await get(keyed(), {}, 'HEAD'), await get(keyed())];
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength(full.body)));
  });

  it('answers an over-long request line with 414, below and above the HTTP parser limit', async () => {
    expect((await get(`/stats?x=${'a'.repeat(MAX_URL_LENGTH)}`)).status).toBe(414);
    const raw = await new Promise<string>((resolve) => {
      const socket = connect(Number(new URL(server.url).port), '127.0.0.1');
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => {
        resolve(text);
      });
      socket.on('error', () => {
        resolve(text);
      });
      socket.write(`GET /api/stats?x=${'a'.repeat(100_000)} HTTP/1.1\r\nhost: x\r\n\r\n`);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 414 /);
  });

  it('never answers 500 and never stops, whatever the query string', async () => {
    const queryString = fc
      .array(
        fc.tuple(
          fc.constantFrom(
            'apikey',
            'project',
            'code',
            'hash',
            'start',
            'end',
            'group',
            'order',
            'page',
            'format',
            'x',
          ),
          fc.oneof(
            fc.string(),
            fc.constantFrom(server.demo.apiKey, 'all', '2024-06-01', 'hour', 'desc', '2'),
          ),
        ),
        { maxLength: 8 },
      )
      .map((pairs) => new URLSearchParams(pairs).toString());
    // Any bytes: printable ones as they are, others (and stray `%`) percent-encoded or broken.
    const raw = fc
      .array(fc.integer({ min: 0, max: 255 }), { maxLength: 60 })
      .map((bytes) =>
        bytes
          .map((b) =>
            b > 0x20 && b < 0x7f && b !== 0x23 ? String.fromCharCode(b) : `%${b.toString(16)}`,
          )
          .join(''),
      );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/stats', '/ppv/sessions'),
        fc.oneof(queryString, raw),
        async (path, query) => {
          const { status, body } = await get(`${path}?${query}`);
          expect([200, 404, 414]).toContain(status);
          expect(body).toMatch(/^<Response>\n[^]*<\/Response>\n$/);
        },
      ),
      { numRuns: 150 },
    );
    expect((await get(keyed())).status).toBe(200);
  });
});

describe('the same seed, the same bytes', () => {
  it('gives equal answers from two servers of one seed, and different ones for another seed', async () => {
    const twin = await startMockServer({ seed: 11, today });
    const other = await startMockServer({ seed: 12, today });
    try {
      const query = `/stats?apikey=${server.demo.apiKey}&group=hour&project=all`;
      const [a, b] = await Promise.all([
        get(query),
        request(`${twin.url}${query}`).then((r) => r.body.text()),
      ]);
      expect(b).toBe(a.body);
      expect(twin.demo).toEqual(server.demo);
      expect(other.demo.apiKey).not.toBe(server.demo.apiKey);
      const otherAnswer = await request(
        `${other.url}/stats?apikey=${other.demo.apiKey}&project=all`,
      );
      expect(await otherAnswer.body.text()).not.toBe((await get(keyed('&project=all'))).body);
    } finally {
      await Promise.all([twin.close(), other.close()]);
    }
  });
});
