import { decodeBody } from '@boomstream/client';
import {
  apiMessages,
  assumptions,
  methods,
  type MethodName,
  type SessionPage,
  type StatsPage,
} from '@boomstream/spec';
import { request } from 'undici';
import { describe, expect, it } from 'vitest';

import { createMockAgent } from '../agent/mock-agent.js';
import { startMockServer } from '../server/server.js';

import { createWorld } from '../world/index.js';
import { answerRequest, type ApiAnswer } from './answer.js';
import { answererFor, parseQuirks, QUIRK_IDS, type QuirkId } from './quirks.js';

const world = createWorld({ seed: 1, today: '2024-06-30' });
const { apiKey, codes, sessions } = world.demo;
const [code = ''] = codes;
const [pair] = sessions;

/** The requests whose answers the quirks change, each by path and query. */
const requests: Record<string, { path: string; query: Record<string, string> }> = {
  defaults: { path: '/stats', query: {} },
  week: { path: '/stats', query: { start: '2024-06-24', end: '2024-06-30', group: 'day' } },
  day: { path: '/stats', query: { start: '2024-06-28', end: '2024-06-28', group: 'day' } },
  hours: { path: '/stats', query: { start: '2024-06-28', end: '2024-06-29', group: 'hour' } },
  pastLast: { path: '/stats', query: { start: '2024-06-24', end: '2024-06-30', page: '2' } },
  target: { path: '/stats', query: { code, start: '2024-06-24', end: '2024-06-30' } },
  unknownMedia: { path: '/stats', query: { code: 'XXXXXXXX' } },
  sessions: {
    path: '/ppv/sessions',
    query: {
      code: pair?.code ?? '',
      hash: pair?.hash ?? '',
      start: '2023-07-01',
      end: '2024-06-30',
    },
  },
};

function ask(quirks: readonly QuirkId[], name: string, key = apiKey): ApiAnswer {
  const { path, query } = requests[name]!;
  return answererFor(quirks).answer(world, {
    path,
    query: new URLSearchParams({ apikey: key, ...query }),
  });
}

const methodOf = (name: string): MethodName =>
  name === 'sessions'
    ? 'session'
    : name.startsWith('target') || name === 'unknownMedia'
      ? 'target'
      : 'project';

function success<T>(name: string, result: { status: string; page?: T }): T {
  if (result.status !== 'success' || result.page === undefined) {
    throw new Error(`${name}: ${JSON.stringify(result)}`);
  }
  return result.page;
}

/** A stats answer of the mock with `quirks`, decoded. */
function decoded(quirks: readonly QuirkId[], name: string): StatsPage {
  return success(name, decodeBody('project', ask(quirks, name).body, 1));
}

/** The sessions answer of the mock with `quirks`, decoded. */
function decodedSessions(quirks: readonly QuirkId[]): SessionPage {
  return success('sessions', decodeBody('session', ask(quirks, 'sessions').body, 1));
}

describe('the mock without quirks', () => {
  it('answers as answerRequest does', () => {
    for (const name of Object.keys(requests)) {
      const { path, query } = requests[name]!;
      const request = { path, query: new URLSearchParams({ apikey: apiKey, ...query }) };
      expect(answererFor([]).answer(world, request)).toEqual(answerRequest(world, request));
    }
  });
});

describe('each quirk', () => {
  it('has the id of an assumption, one per assumption', () => {
    expect(QUIRK_IDS).toEqual(assumptions.map(({ id }) => id));
    expect(() => parseQuirks(['moscow-time', 'no-such'])).toThrow(
      /quirk "no-such" is not an assumption id; use one of: ranges-inclusive, /,
    );
  });

  it.each(QUIRK_IDS)('%s keeps every answer inside the wire schemas', (quirk) => {
    for (const name of Object.keys(requests)) {
      const result = decodeBody(
        methodOf(name),
        ask([quirk], name).body,
        name === 'pastLast' ? 2 : 1,
      );
      expect(result.status, name).not.toBe('invalid');
    }
  });

  it('ranges-inclusive: leaves the end day out', () => {
    expect(decoded([], 'day').items.map(({ date }) => date)).toEqual(['2024-06-28']);
    expect(decoded(['ranges-inclusive'], 'day').items).toEqual([]);
  });

  it('empty-buckets-omitted: sends every hour, those without viewing as 0', () => {
    const plain = decoded([], 'hours');
    const quirky = decoded(['empty-buckets-omitted'], 'hours');
    expect(plain.items.length).toBeLessThan(48);
    expect(quirky.items.length).toBe(48);
    expect(quirky.itemCount).toBe(48);
    expect(quirky.items.filter(({ timeMs }) => timeMs > 0)).toEqual(plain.items);
  });

  it('stats-paging: refuses a page after the last', () => {
    expect(decodeBody('project', ask([], 'pastLast').body, 2)).toMatchObject({ status: 'success' });
    expect(decodeBody('project', ask(['stats-paging'], 'pastLast').body, 2)).toEqual({
      status: 'failed',
      message: apiMessages.invalidParameter('page'),
    });
  });

  it('hourly-date-format: writes seconds in hours, not in days', () => {
    expect(ask(['hourly-date-format'], 'hours').body).toMatch(
      /<date>28\.06\.2024 \d\d:00:00<\/date>/,
    );
    expect(ask(['hourly-date-format'], 'week').body).toContain('<date>28.06.2024</date>');
    expect(decoded(['hourly-date-format'], 'hours')).toEqual(decoded([], 'hours'));
  });

  it('moscow-time: labels hours three hours early, as UTC would', () => {
    const plain = decoded([], 'hours').items;
    const quirky = decoded(['moscow-time'], 'hours').items;
    expect(quirky.map(({ timeMs }) => timeMs)).toEqual(plain.map(({ timeMs }) => timeMs));
    expect(quirky[0]?.date).toBe('2024-06-27T21:00');
    expect(plain[0]?.date).toBe('2024-06-28T00:00');
  });

  it('source-type: a media says project', () => {
    expect(decoded([], 'target')).toMatchObject({ sourceType: 'media' });
    expect(decoded(['source-type'], 'target')).toMatchObject({ sourceType: 'project' });
  });

  it('server-defaults: without start, thirty days instead of seven', () => {
    expect(decoded([], 'defaults').period).toEqual({ start: '2024-06-23', end: '2024-06-30' });
    expect(decoded(['server-defaults'], 'defaults').period).toEqual({
      start: '2024-05-31',
      end: '2024-06-30',
    });
    expect(decoded(['server-defaults'], 'week')).toEqual(decoded([], 'week'));
  });

  it('time-dim-decimals: a decimal comma', () => {
    expect(ask(['time-dim-decimals'], 'week').body).toMatch(/<time_dim>\d+,\d\d hours<\/time_dim>/);
    expect(decoded(['time-dim-decimals'], 'week')).toEqual(decoded([], 'week'));
  });

  it('status-messages: other words for the same refusals', () => {
    expect(decodeBody('project', ask(['status-messages'], 'week', 'wrong-key').body, 1)).toEqual({
      status: 'failed',
      message: 'Wrong API key',
    });
    expect(decodeBody('target', ask(['status-messages'], 'unknownMedia').body, 1)).toEqual({
      status: 'failed',
      message: 'No such media',
    });
  });

  it('session-page-size: pages of 50', () => {
    expect(decodedSessions([]).items).toHaveLength(100);
    expect(decodedSessions(['session-page-size']).items).toHaveLength(50);
  });

  it('session-spellings: IP and CreatedAt', () => {
    const body = ask(['session-spellings'], 'sessions').body;
    expect(body).toContain('<IP>');
    expect(body).toContain('<CreatedAt>');
    expect(body).not.toMatch(/<ip>|<Start>/);
    expect(decodedSessions(['session-spellings'])).toEqual(decodedSessions([]));
  });

  it('session-layout: sessions inside Items', () => {
    const body = ask(['session-layout'], 'sessions').body;
    expect(body).toMatch(/^<Response>\n<Items>\n<Item>/);
    expect(decodedSessions(['session-layout'])).toEqual(decodedSessions([]));
  });
});

/** An answer to a query written as it goes on the wire (repeated names allowed), with an `Authorization` header. */
function askRaw(quirks: readonly QuirkId[], query: string, authorization?: string): ApiAnswer {
  return answererFor(quirks).answer(world, {
    path: '/stats',
    query: new URLSearchParams(query),
    authorization,
  });
}

const WEEK = 'start=2024-06-24&end=2024-06-30&group=day';

describe('format=json and the key as a header, by default and broken', () => {
  it("json-format holds by default: the XML answer's wire object as JSON, no wrapper, texts as strings", () => {
    const xml = askRaw([], `apikey=${apiKey}&${WEEK}`);
    const json = askRaw([], `apikey=${apiKey}&${WEEK}&format=json`);
    expect(json.contentType).toMatch(/^application\/json/);
    const body = JSON.parse(json.body) as Record<string, unknown>;
    expect(Object.keys(body)).not.toContain('Response');
    expect(body).toMatchObject({ Status: 'Success', Page: '1', GroupBy: 'day' });
    const items = (body['Items'] as { Item: Record<string, unknown>[] }).Item;
    expect(Array.isArray(items)).toBe(true);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(Object.keys(item)).toEqual(['date', 'time', 'time_dim']);
      expect(item['date']).toMatch(/^\d\d\.\d\d\.\d{4}$/);
      expect(item['time']).toMatch(/^\d+$/);
      expect(item['time_dim']).toMatch(/^\d+\.\d\d hours$/);
    }
    const fromJson = methods.project.response.safeParse({ requestedPage: 1, body });
    expect(fromJson.data).toEqual(success('week', decodeBody('project', xml.body, 1)));
    expect(JSON.parse(askRaw([], `apikey=wrong&${WEEK}&format=json`).body)).toEqual({
      Status: 'Failed',
      Message: apiMessages.invalidApiKey,
    });
  });

  it('json-format broken: format=json answers XML', () => {
    const answer = askRaw(['json-format'], `apikey=${apiKey}&${WEEK}&format=json`);
    expect(answer.contentType).toBeUndefined();
    expect(answer.body).toMatch(/^<Response>/);
  });

  it('bearer-key holds by default, and the quirk reads only apikey', () => {
    const plain = askRaw([], `apikey=${apiKey}&${WEEK}`);
    expect(askRaw([], WEEK, `Bearer ${apiKey}`)).toEqual(plain);
    expect(decodeBody('project', askRaw(['bearer-key'], WEEK, `Bearer ${apiKey}`).body, 1)).toEqual(
      { status: 'failed', message: apiMessages.invalidApiKey },
    );
    expect(askRaw(['bearer-key'], `apikey=${apiKey}&${WEEK}`)).toEqual(plain);
  });

  it('strict-params broken: the first of a repeated parameter wins, an unknown one is ignored', () => {
    const plain = askRaw([], `apikey=${apiKey}&${WEEK}`);
    expect(
      askRaw(['strict-params'], `apikey=${apiKey}&${WEEK}&group=hour&boomstream_verify=1`),
    ).toEqual(plain);
  });
});

describe('the quirks option', () => {
  it('of the server and of the agent breaks the assumption on their answers', async () => {
    const query = `/stats?apikey=${apiKey}&start=2024-06-28&end=2024-06-28&group=hour`;
    const server = await startMockServer({
      seed: 1,
      today: '2024-06-30',
      quirks: ['hourly-date-format'],
    });
    try {
      const response = await request(`${server.url}${query}`);
      expect(await response.body.text()).toMatch(/<date>28\.06\.2024 \d\d:00:00<\/date>/);
    } finally {
      await server.close();
    }
    const agent = createMockAgent({ seed: 1, quirks: ['hourly-date-format'] });
    const response = await request(`${agent.baseUrl}${query}`, { dispatcher: agent });
    expect(await response.body.text()).toMatch(/<date>28\.06\.2024 \d\d:00:00<\/date>/);
  });

  it('refuses an id that is no assumption', async () => {
    await expect(startMockServer({ quirks: ['nope' as QuirkId] })).rejects.toThrow(/quirk "nope"/);
  });
});
