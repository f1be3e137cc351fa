import { inspect } from 'node:util';

import { MockAgent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';

import { referenceXml } from '../test/fixtures.js';
import { BoomstreamClient, BoomstreamError, type ClientOptions } from './index.js';

const ORIGIN = 'https://boomstream.test';
/** Recognisable secrets: none of `s3cr3t` may show anywhere, raw or URL-encoded. */
const API_KEY = 'APIKEY-s3cr3t-1';
const PROJECT_KEY = 'PROJ-s3cr3t-2';
const HASH = 'HASH s3cr3t/+3&';
const MARK = /s3cr3t/;

let agent: MockAgent;
let lines: string[];
afterEach(() => agent.close());

function setUp(options: ClientOptions = {}) {
  agent = new MockAgent();
  agent.disableNetConnect();
  lines = [];
  const client = new BoomstreamClient({
    apiKey: API_KEY,
    baseUrl: `${ORIGIN}/api`,
    dispatcher: agent,
    maxRetries: 1,
    logger: { debug: (line) => lines.push(line) },
    ...options,
  });
  return { client, pool: agent.get(ORIGIN) };
}

/** Every way an error can be shown or shipped. */
function renderings(error: unknown): Record<string, string> {
  const e = error as Error;
  return {
    message: e.message,
    stack: String(e.stack),
    string: String(e),
    json: JSON.stringify(e),
    inspect: inspect(e, { depth: null, showHidden: true }),
    cause: inspect(e.cause, { depth: null, showHidden: true }),
    logs: lines.join('\n'),
  };
}

type Call = (client: BoomstreamClient) => Promise<unknown>;
const project: Call = (client) => client.stats.project({ project: PROJECT_KEY, group: 'day' });
const session: Call = (client) => client.stats.session({ code: 'AbCd1234', hash: HASH });
/** What a careless server might print of a request: the path as sent, percent-decoded, and each value. */
const echo = (opts: { path: string }) =>
  [
    opts.path,
    decodeURIComponent(opts.path),
    ...new URL(opts.path, ORIGIN).searchParams.values(),
  ].join(' ');
const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const cases: [
  string,
  string,
  (pool: ReturnType<MockAgent['get']>) => void,
  Call,
  ClientOptions?,
][] = [
  [
    'validation',
    'BoomstreamValidationError',
    () => undefined,
    (client) => client.stats.session({ code: 'bad', hash: HASH, page: 0 }),
  ],
  [
    'a Failed answer echoing the request',
    'BoomstreamApiError',
    (pool) => {
      pool
        .intercept({ path: /.*/, method: 'GET' })
        .reply(
          200,
          (opts) =>
            `<Response><Status>Failed</Status><Message>Invalid API key ${xmlEscape(echo(opts))}</Message></Response>`,
        );
    },
    session,
  ],
  [
    'an HTTP error page echoing the request',
    'BoomstreamHttpError',
    (pool) => {
      pool
        .intercept({ path: /.*/, method: 'GET' })
        .reply(500, (opts) => `<h1>500</h1><p>${echo(opts)}</p>`)
        .times(2);
    },
    project,
  ],
  [
    'a network error quoting the secrets',
    'BoomstreamConnectionError',
    (pool) => {
      pool
        .intercept({ path: /.*/, method: 'GET' })
        .replyWithError(new Error(`reset ${API_KEY} ${encodeURIComponent(HASH)}`))
        .times(2);
    },
    session,
  ],
  [
    'an unmatched request, whose undici error quotes the path',
    'BoomstreamConnectionError',
    () => undefined,
    project,
  ],
  [
    'a timeout',
    'BoomstreamTimeoutError',
    (pool) => {
      pool
        .intercept({ path: /.*/, method: 'GET' })
        .reply(200, referenceXml('project'))
        .delay(60_000)
        .times(2);
    },
    project,
    { timeoutMs: 20 },
  ],
  [
    'an abort with a reason quoting a secret',
    'BoomstreamAbortError',
    (pool) => {
      pool.intercept({ path: /.*/, method: 'GET' }).reply(200, '').delay(60_000);
    },
    (client) => {
      const controller = new AbortController();
      const call = client.stats.session(
        { code: 'AbCd1234', hash: HASH },
        { signal: controller.signal },
      );
      controller.abort(new Error(`stop ${HASH}`));
      return call;
    },
  ],
  [
    'an unexpected body echoing the request',
    'BoomstreamDecodeError',
    (pool) => {
      pool
        .intercept({ path: /.*/, method: 'GET' })
        .reply(200, (opts) => `<html>${echo(opts)}</html>`);
    },
    session,
  ],
  [
    'a body too large',
    'BoomstreamDecodeError',
    (pool) => {
      pool.intercept({ path: /.*/, method: 'GET' }).reply(200, (opts) => echo(opts).repeat(50));
    },
    project,
    { maxBodyBytes: 64 },
  ],
  [
    'an unparsable answer whose parser error quotes the body',
    'BoomstreamDecodeError',
    (pool) => {
      pool
        .intercept({ path: /.*/, method: 'GET' })
        .reply(200, `<Response><${PROJECT_KEY}></Response>`);
    },
    project,
  ],
];

describe('no secret in any error, stack, serialisation or log line', () => {
  it.each(cases)('%s → %s', async (_case, name, script, call, options) => {
    const { client, pool } = setUp(options);
    script(pool);
    const error = await call(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BoomstreamError);
    expect((error as Error).name).toBe(name);
    for (const [where, text] of Object.entries(renderings(error))) {
      expect(text, where).not.toMatch(MARK);
    }
    const { url } = error as BoomstreamError;
    expect(url).toMatch(/^https:\/\/boomstream\.test\/api\//);
    // Before validation passes there is no query; after, the key is always there, hidden.
    expect(url).toMatch(
      name === 'BoomstreamValidationError' ? /\/ppv\/sessions$/ : /apikey=\*\*\*$/,
    );
  });

  it('keeps project=all visible, and redacts the key sent as a header from logs', async () => {
    const { client, pool } = setUp({ auth: 'header' });
    pool.intercept({ path: /.*/, method: 'GET' }).reply(404, 'nope');
    const error = await client.stats.project({ project: 'all' }).catch((e: unknown) => e);
    expect((error as BoomstreamError).url).toBe(`${ORIGIN}/api/stats?project=all`);
    expect(lines).toEqual([
      expect.stringMatching(
        /^boomstream project attempt 1\/2: GET https:\/\/boomstream\.test\/api\/stats\?project=all → HTTP 404 in \d+ ms$/,
      ),
    ]);
  });

  it('logs one line per attempt: method, redacted URL, status, duration, attempt', async () => {
    const { client, pool } = setUp();
    pool.intercept({ path: /.*/, method: 'GET' }).reply(503, '');
    pool.intercept({ path: /.*/, method: 'GET' }).reply(200, referenceXml('session'));
    await session(client);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^boomstream session attempt 1\/2: GET \S+\?code=AbCd1234&hash=\*\*\*&apikey=\*\*\* → HTTP 503 in \d+ ms$/,
    );
    expect(lines[1]).toMatch(/attempt 2\/2: .* → HTTP 200 in \d+ ms$/);
  });

  it('the client object itself shows no key', () => {
    const { client } = setUp();
    expect(inspect(client, { depth: null, showHidden: true })).not.toMatch(MARK);
    expect(JSON.stringify(client)).not.toMatch(MARK);
  });
});
