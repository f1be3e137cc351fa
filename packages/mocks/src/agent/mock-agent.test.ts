import {
  BoomstreamClient,
  BoomstreamConnectionError,
  BoomstreamTimeoutError,
  type BoomstreamApiError,
} from '@boomstream/client';
import { request } from 'undici';
import { describe, expect, it } from 'vitest';

import { loadFixture, loadFixtureIndex } from '../fixtures/index-file.js';
import { secretDigest } from '../fixtures/request-key.js';
import { FIXTURE_WORLD } from '../fixtures/world.js';
import { createWorld } from '../world/index.js';
import { createMockAgent } from './mock-agent.js';

const clientOf = (agent: ReturnType<typeof createMockAgent>, apiKey = agent.demo.apiKey) =>
  new BoomstreamClient({ apiKey, dispatcher: agent, maxRetries: 0 });

describe('createMockAgent()', () => {
  it('answers every demo code, for target and for its passwords, from the fixture world', async () => {
    const agent = createMockAgent();
    const client = clientOf(agent);
    expect(agent.world.today).toBe(FIXTURE_WORLD.today);
    expect(agent.demo.codes.length).toBeGreaterThan(3);
    for (const code of agent.demo.codes) {
      const year = { code, start: '2023-07-01', end: FIXTURE_WORLD.today };
      const items = await client.stats.target.all(year);
      expect(items.length, code).toBeGreaterThan(0);
      expect(items).toEqual(agent.world.viewing(year));
    }
    for (const { code, hash } of agent.demo.sessions) {
      expect((await client.stats.session({ code, hash })).items.length, code).toBeGreaterThan(0);
    }
    await agent.close();
  });

  it("answers each fixture's request with that fixture's bytes: the fixtures are its reference", async () => {
    const world = createWorld(FIXTURE_WORLD);
    const secrets = world.projects.flatMap((p) => [p.key, ...p.customers.map((c) => c.hash)]);
    const byDigest = new Map(secrets.map((secret) => [secretDigest(secret), secret]));
    const keyFor = { key: world.demo.apiKey, wrong: 'not-the-key', none: undefined };
    const agent = createMockAgent();
    const index = loadFixtureIndex();
    const fixtures = [...index.fixtures, ...index.rejected].filter((f) => f.source === 'world');
    expect(fixtures.length).toBeGreaterThan(40);
    for (const fixture of fixtures) {
      const query = new URLSearchParams(
        Object.entries(fixture.request.query).map(([name, value]): [string, string] => [
          name,
          byDigest.get(value) ?? value,
        ]),
      );
      const key = keyFor[fixture.auth];
      if (key !== undefined) query.set('apikey', key);
      const response = await request(
        `${agent.baseUrl}${fixture.request.path}?${query.toString()}`,
        {
          dispatcher: agent,
        },
      );
      expect(await response.body.text(), fixture.file).toBe(loadFixture(fixture));
    }
  });

  it('serves another seed, today and API prefix', async () => {
    const agent = createMockAgent({
      seed: 9,
      today: '2025-01-15',
      baseUrl: 'https://api.test/v2/',
    });
    expect(agent.baseUrl).toBe('https://api.test/v2');
    const client = new BoomstreamClient({
      apiKey: agent.demo.apiKey,
      baseUrl: agent.baseUrl,
      dispatcher: agent,
    });
    const page = await client.stats.project({});
    expect(page.period).toEqual({ start: '2025-01-08', end: '2025-01-15' });
    expect(page.items).toEqual(agent.world.viewing({}));
    expect(agent.demo).toEqual(createWorld({ seed: 9, today: '2025-01-15' }).demo);
  });

  it("lets the test's own interceptors answer first, the world the rest, and refuses other origins", async () => {
    const agent = createMockAgent();
    const { apiKey, codes } = agent.demo;
    agent
      .get('https://boomstream.com')
      .intercept({ path: '/api/stats', query: { apikey: apiKey, code: codes[0] } })
      .reply(
        200,
        '<Response><Status>Failed</Status><Message>From my intercept</Message></Response>',
      );
    agent.get('https://cdn.example.test').intercept({ path: '/logo.png' }).reply(200, 'png');
    const client = clientOf(agent);

    const mine = await client.stats.target({ code: codes[0]! }).catch((e: unknown) => e);
    expect((mine as BoomstreamApiError).apiMessage).toBe('From my intercept');
    // Used up: the same request now reaches the world.
    expect((await client.stats.target({ code: codes[0]! })).items).toEqual(
      agent.world.viewing({ code: codes[0]! }),
    );
    const logo = await request('https://cdn.example.test/logo.png', { dispatcher: agent });
    expect(await logo.body.text()).toBe('png');
    await expect(request('https://elsewhere.test/', { dispatcher: agent })).rejects.toThrow(
      /net\.connect disabled/,
    );
    agent.assertNoPendingInterceptors();
  });

  it('works under another dispatcher chain: an interceptor composed in front of it', async () => {
    const agent = createMockAgent();
    const withFault = agent.compose(
      (dispatch) => (options, handler) =>
        dispatch(
          {
            ...options,
            // The client hands its headers over as an object.
            headers: {
              ...(options.headers as Record<string, string>),
              'x-mock-fault': 'failed=Over%20quota',
            },
          },
          handler,
        ),
    );
    const client = new BoomstreamClient({ apiKey: agent.demo.apiKey, dispatcher: withFault });
    const error = await client.stats.project({}).catch((e: unknown) => e);
    expect((error as BoomstreamApiError).apiMessage).toBe('Over quota');
  });

  it("plays a fault one call asks for with the client's headers option, and only for that call", async () => {
    const agent = createMockAgent();
    const client = clientOf(agent);
    const error = await client.stats
      .project({}, { headers: { 'x-mock-fault': 'failed=Quota%20exceeded' } })
      .catch((e: unknown) => e);
    expect((error as BoomstreamApiError).apiMessage).toBe('Quota exceeded');
    expect((await client.stats.project({})).items.length).toBeGreaterThan(0);
  });

  it('plays faults from its options, for one method: Failed with a chosen message on session only', async () => {
    const agent = createMockAgent({
      faults: [{ kind: 'failed', message: 'Sessions are down', method: 'session' }],
    });
    const client = clientOf(agent);
    const [pair] = agent.demo.sessions;
    const error = await client.stats.session(pair!).catch((e: unknown) => e);
    expect((error as BoomstreamApiError).apiMessage).toBe('Sessions are down');
    expect((await client.stats.project({})).items.length).toBeGreaterThan(0);
  });

  it('breaks the connection on reset, and never answers on stall until the client times out', async () => {
    const agent = createMockAgent();
    const client = clientOf(agent);
    agent.use({ project: () => ({ kind: 'reset' }) }, { once: true });
    await expect(client.stats.project({})).rejects.toBeInstanceOf(BoomstreamConnectionError);
    agent.use({ project: () => ({ kind: 'stall' }) }, { once: true });
    await expect(client.stats.project({}, { timeoutMs: 50 })).rejects.toBeInstanceOf(
      BoomstreamTimeoutError,
    );
  });

  it('throws from close() what a handler did wrong since the last reset', async () => {
    const agent = createMockAgent();
    agent.use({ project: () => ({ items: 'none' }) as never });
    await clientOf(agent)
      .stats.project({})
      .catch(() => undefined);
    await expect(agent.close()).rejects.toThrow(/project handler/);
  });
});
