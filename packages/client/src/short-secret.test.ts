import { inspect } from 'node:util';

import { MockAgent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';

import { BoomstreamClient, BoomstreamError } from './index.js';

// A password shorter than four characters cannot be masked in free text: masking
// it garbles every word holding it, leaving it shows it. The client masks it where
// it is a field (the URL's `hash`) and withholds server text that shows it.

const ORIGIN = 'https://boomstream.test';
/** Short, and made of characters that no message of the client or of this server uses. */
const HASH = 'Zq§';
const forms = [
  HASH,
  encodeURIComponent(HASH),
  new URLSearchParams({ s: HASH }).toString().slice(2),
];

let agent: MockAgent;
afterEach(() => agent.close());

function client() {
  agent = new MockAgent();
  agent.disableNetConnect();
  return {
    client: new BoomstreamClient({
      apiKey: 'test-key-0001',
      baseUrl: `${ORIGIN}/api`,
      dispatcher: agent,
      maxRetries: 0,
    }),
    pool: agent.get(ORIGIN),
  };
}

const echo = (path: string) => `no sessions for ${path} and ${decodeURIComponent(path)}`;

const servers: [string, (pool: ReturnType<MockAgent['get']>) => void][] = [
  [
    'HTTP 500 echoing the request',
    (pool) => {
      pool.intercept({ path: /.*/, method: 'GET' }).reply(500, (o) => echo(o.path));
    },
  ],
  [
    'Failed echoing the request',
    (pool) => {
      pool
        .intercept({ path: /.*/, method: 'GET' })
        .reply(
          200,
          (o) => `<Response><Status>Failed</Status><Message>${echo(o.path)}</Message></Response>`,
        );
    },
  ],
  [
    'an HTML page echoing the request',
    (pool) => {
      pool
        .intercept({ path: /.*/, method: 'GET' })
        .reply(200, (o) => `<html>${echo(o.path)}</html>`);
    },
  ],
];

describe('a password too short to mask never shows', () => {
  it.each(servers)('%s: the URL masks it, the server text is withheld', async (_case, script) => {
    const { client: c, pool } = client();
    script(pool);
    const error = await c.stats.session({ code: 'AbCd1234', hash: HASH }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BoomstreamError);
    const shown = [
      (error as Error).message,
      String((error as Error).stack),
      JSON.stringify(error),
      inspect(error, { depth: null, showHidden: true }),
    ].join('\n');
    for (const form of forms) expect(shown).not.toContain(form);
    expect((error as BoomstreamError).url).toContain('hash=***');
    expect(shown).toContain('withheld');
    // Words are never garbled around a mask.
    expect(shown).not.toMatch(/\w\*\*\*\w/);
  });

  it('a server text without it is shown as it is', async () => {
    const { client: c, pool } = client();
    pool.intercept({ path: /.*/, method: 'GET' }).reply(500, 'no sessions for this password');
    const error = await c.stats.session({ code: 'AbCd1234', hash: HASH }).catch((e: unknown) => e);
    expect((error as Error).message).toContain('"no sessions for this password"');
  });
});
