import { inspect } from 'node:util';
import { gzipSync } from 'node:zlib';

import { MockAgent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';

import { echoes, SECRET_FORMS, secretFragments, wrapped } from '../../../spec/test/secret-scan.js';
import { referenceXml } from '../test/fixtures.js';
import { BoomstreamClient, BoomstreamError, type ClientOptions } from './index.js';

const ORIGIN = 'https://boomstream.test';
/** Recognisable secrets, with the characters every escaping touches: `/ + & < > " '`, a space, Cyrillic. */
const API_KEY = 'Qx7/Kv+Zw9&Jm';
const PROJECT_KEY = 'Pk9<Rt>Ls\'Wq"Hn';
const HASH = 'Ёжик Hq4/pT%z';
const SECRETS = [API_KEY, PROJECT_KEY, HASH];

/** Every fragment of four characters of every form of every secret. */
const FRAGMENTS = secretFragments(SECRETS);

/**
 * What a careless server echoes of a request: the path as sent and decoded, and each
 * secret the request carried in every form, plain and wrapped.
 */
function echo(path: string): string {
  const carried = [...new URL(path, ORIGIN).searchParams.values()].filter((value) =>
    SECRETS.includes(value),
  );
  return [path, decodeURIComponent(path), echoes(carried)].join(' | ');
}

/** A session request's path, for echoes with no request at hand (a network error, an abort reason). */
const SESSION_PATH = `/api/ppv/sessions?${new URLSearchParams({ code: 'AbCd1234', hash: HASH, apikey: API_KEY }).toString()}`;

/** The same, with a whitespace run that collapses to one space, so that the secrets land at the excerpt's cut. */
const atTheCut = (path: string) => `${'x'.repeat(110)}${' \n'.repeat(4000)}${echo(path)}`;
const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

let agent: MockAgent | undefined;
let lines: string[];
afterEach(() => agent?.close());

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

type Pool = ReturnType<MockAgent['get']>;
type Call = (client: BoomstreamClient) => Promise<unknown>;
const project: Call = (client) => client.stats.project({ project: PROJECT_KEY, group: 'day' });
const session: Call = (client) => client.stats.session({ code: 'AbCd1234', hash: HASH });
const sessionAll: Call = (client) => client.stats.session.all({ code: 'AbCd1234', hash: HASH });
const any = { path: /.*/, method: 'GET' };

/** Every failure path of the client: [name, script of the server, call, options]. */
const paths: [string, (pool: Pool) => void, Call, ClientOptions?][] = [
  [
    'validation of a bad secret-looking value',
    () => undefined,
    (c) => c.stats.project({ project: `${PROJECT_KEY} x` }),
  ],
  [
    'Failed, echoing the request XML-escaped',
    (pool) => {
      pool
        .intercept(any)
        .reply(
          200,
          (o) =>
            `<Response><Status>Failed</Status><Message>${xmlEscape(echo(o.path))}</Message></Response>`,
        );
    },
    session,
  ],
  [
    'Failed, with the echo in CDATA',
    (pool) => {
      pool
        .intercept(any)
        .reply(
          200,
          (o) =>
            `<Response><Status>Failed</Status><Message><![CDATA[${echo(o.path)}]]></Message></Response>`,
        );
    },
    project,
  ],
  [
    'HTTP 500 echoing the request, the secrets at the excerpt cut',
    (pool) => {
      pool
        .intercept(any)
        .reply(500, (o) => atTheCut(o.path))
        .times(2);
    },
    project,
  ],
  [
    'HTTP 401 echoing the key in headers',
    (pool) => {
      pool.intercept(any).reply(401, 'no', {
        headers: {
          'www-authenticate': `Bearer realm="${API_KEY}"`,
          'set-cookie': `k=${encodeURIComponent(API_KEY)}`,
          'x-echo': wrapped(HASH, 3).replace(/\n/g, ' '),
          'x-request-id': `id-${SECRET_FORMS['JSON, PHP style']!(PROJECT_KEY)}`,
        },
      });
    },
    project,
  ],
  [
    'HTTP 502, gzip-compressed echo',
    (pool) => {
      pool
        .intercept(any)
        .reply(502, (o) => gzipSync(echo(o.path)), { headers: { 'content-encoding': 'gzip' } })
        .times(2);
    },
    session,
  ],
  [
    'a network error quoting the secrets',
    (pool) => {
      pool
        .intercept(any)
        .replyWithError(new Error(`reset ${echo(SESSION_PATH)}`))
        .times(2);
    },
    session,
  ],
  ['an unmatched request, whose undici error quotes the path', () => undefined, project],
  [
    'a timeout',
    (pool) => {
      pool.intercept(any).reply(200, referenceXml('project')).delay(60_000).times(2);
    },
    project,
    { timeoutMs: 20 },
  ],
  [
    'an abort whose reason quotes the secrets',
    (pool) => {
      pool.intercept(any).reply(200, '').delay(60_000);
    },
    (client) => {
      const controller = new AbortController();
      const call = client.stats.session(
        { code: 'AbCd1234', hash: HASH },
        { signal: controller.signal },
      );
      controller.abort(new Error(`stop ${echo(SESSION_PATH)}`));
      return call;
    },
  ],
  [
    'an HTML page echoing the request, the secrets at the excerpt cut',
    (pool) => {
      pool.intercept(any).reply(200, (o) => `<html>${atTheCut(o.path)}</html>`);
    },
    session,
  ],
  [
    'JSON echoing the request, PHP style',
    (pool) => {
      pool
        .intercept(any)
        .reply(200, (o) => JSON.stringify({ error: echo(o.path) }).replace(/\//g, '\\/'));
    },
    project,
  ],
  [
    'a parser error quoting an element named after a secret',
    (pool) => {
      pool
        .intercept(any)
        .reply(
          200,
          `<Response><${PROJECT_KEY.slice(0, 3)}${encodeURIComponent(API_KEY)}></Response>`,
        );
    },
    project,
  ],
  [
    'a body too large',
    (pool) => {
      pool.intercept(any).reply(200, (o) => echo(o.path).repeat(50));
    },
    project,
    { maxBodyBytes: 64 },
  ],
  [
    'a charset it does not decode',
    (pool) => {
      pool.intercept(any).reply(200, (o) => echo(o.path), {
        headers: { 'content-type': `text/xml; charset=${encodeURIComponent(API_KEY)}` },
      });
    },
    project,
  ],
  [
    'an encoding it does not decode',
    (pool) => {
      pool.intercept(any).reply(200, (o) => echo(o.path), {
        headers: { 'content-encoding': encodeURIComponent(HASH) },
      });
    },
    session,
  ],
  [
    '.all() failing on page 2 after page 1',
    (pool) => {
      const full = referenceXml('session').replace(/<Item>[\s\S]*<\/Item>/, (item) =>
        item.repeat(100),
      );
      pool.intercept(any).reply(200, full);
      pool
        .intercept(any)
        .reply(500, (o) => echo(o.path))
        .times(2);
    },
    sessionAll,
  ],
];

/** Every way an error can be shown or shipped, and the log. */
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

describe('secret scan: no fragment of 4 characters of any secret, in any form, on any failure path', () => {
  it('the scan sees a secret: an echo holds many fragments, the masked request line none', () => {
    const echoed = echo(SESSION_PATH);
    expect(FRAGMENTS.filter((fragment) => echoed.includes(fragment)).length).toBeGreaterThan(50);
    const masked = 'GET /api/ppv/sessions?code=AbCd1234&hash=***&apikey=***';
    expect(FRAGMENTS.filter((fragment) => masked.includes(fragment))).toEqual([]);
  });

  it.each(paths)('%s', async (_name, script, call, options) => {
    const { client, pool } = setUp(options);
    script(pool);
    const error = await call(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BoomstreamError);
    for (const [where, text] of Object.entries(renderings(error))) {
      const found = FRAGMENTS.filter((fragment) => text.includes(fragment));
      expect(found, `${where}: ${text.slice(0, 300)}`).toEqual([]);
    }
  });
});
