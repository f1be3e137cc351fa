import { apiMessages } from '@boomstream/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { transports, type RunningMock } from '../../test/transports.js';

const today = '2024-06-30';
const WEEK = 'start=2024-06-24&end=2024-06-30';

/** The `Status` and `Message` of an XML answer, read by pattern rather than by the mock's own code. */
function statusOf(body: string): { status: string | undefined; message: string | undefined } {
  return {
    status: /<Status>([^<]*)<\/Status>/.exec(body)?.[1],
    message: /<Message>([^<]*)<\/Message>/.exec(body)?.[1],
  };
}

/** Queries (after the key) with the parameter a strict server names. */
const stray: [string, string, string][] = [
  ['a repeated group', `/stats?${WEEK}&group=day&group=hour`, 'group'],
  ['a repeated code', `/stats?code=CODE&code=CODE&${WEEK}`, 'code'],
  ['the same value twice', `/stats?${WEEK}&order=asc&order=asc`, 'order'],
  ['a repeated page on sessions', `/ppv/sessions?code=CODE&hash=HASH&page=1&page=2`, 'page'],
  ['__proto__', `/stats?${WEEK}&__proto__=x`, '__proto__'],
  ['constructor', `/stats?${WEEK}&constructor=x`, 'constructor'],
  ['hash on stats, where only sessions take it', `/stats?${WEEK}&hash=HASH`, 'hash'],
  ['a cache-busting nonce', `/stats?code=CODE&${WEEK}&nonce=000000000001`, 'nonce'],
  ['a jQuery-style _', `/stats?${WEEK}&_=1719700000000`, '_'],
  ['the first stray in the query order', `/stats?zz=1&${WEEK}&group=day&group=day`, 'zz'],
];

describe.each(transports)('parameters on the $name', (transport) => {
  let strict: RunningMock;
  let lenient: RunningMock;
  const fill = (running: RunningMock, query: string) => {
    const { apiKey, sessions } = running.mock.demo;
    const [session] = sessions;
    return query
      .replaceAll('CODE', session?.code ?? '')
      .replaceAll('HASH', encodeURIComponent(session?.hash ?? ''))
      .replace('?', `?apikey=${encodeURIComponent(apiKey)}&`);
  };

  beforeAll(async () => {
    strict = await transport.start({ seed: 5, today });
    lenient = await transport.start({ seed: 5, today, lenientParams: true });
  });
  afterAll(async () => {
    await strict.close();
    await lenient.close();
  });

  it.each(stray)('%s is refused by name: HTTP 200, Failed', async (_case, query, name) => {
    const answer = await strict.get(fill(strict, query));
    expect(answer.status).toBe(200);
    expect(statusOf(answer.body)).toEqual({
      status: 'Failed',
      message: apiMessages.invalidParameter(name),
    });
  });

  it.each(stray)('%s is answered with lenientParams: true', async (_case, query) => {
    const answer = await lenient.get(fill(lenient, query));
    expect(statusOf(answer.body).status).toBe('Success');
  });

  it('a repeated parameter, lenient, is read from its first value', async () => {
    const days = await lenient.get(fill(lenient, `/stats?${WEEK}&group=day&group=hour`));
    const first = await lenient.get(fill(lenient, `/stats?${WEEK}&group=day`));
    expect(days.body).toBe(first.body);
  });

  it('still takes every parameter of the reference once, the key, and format', async () => {
    const { code = '' } = strict.mock.demo.sessions[0] ?? {};
    const full = `/stats?apikey=${strict.mock.demo.apiKey}&code=${code}&${WEEK}&group=hour&order=desc&page=1&format=xml`;
    expect(statusOf((await strict.get(full)).body).status).toBe('Success');
    // The key as a header, with no apikey in the query, is not a stray parameter either.
    const bearer = await strict.get(`/stats?${WEEK}`, {
      authorization: `Bearer ${strict.mock.demo.apiKey}`,
    });
    expect(statusOf(bearer.body).status).toBe('Success');
  });

  it('a wrong key is still named before a stray parameter', async () => {
    const answer = await strict.get(`/stats?apikey=nope&${WEEK}&nonce=1`);
    expect(statusOf(answer.body)).toEqual({ status: 'Failed', message: apiMessages.invalidApiKey });
  });
});
