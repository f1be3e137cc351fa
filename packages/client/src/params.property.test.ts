import { API_KEY_PARAM, methods, type MethodName } from '@boomstream/spec';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { sendXml, startServer, type TestServer } from '../test/server.js';
import { hourlyPage, sessionXml, statsXml } from '../test/xml.js';
import { BoomstreamClient, BoomstreamValidationError } from './index.js';

const API_KEY = 'prop-key-&=+é/?#';

let server: TestServer;
let client: BoomstreamClient;
beforeAll(async () => {
  server = await startServer((request, response) => {
    sendXml(
      response,
      request.path.endsWith('/sessions') ? sessionXml([]) : statsXml(hourlyPage(1, 1)),
    );
  });
  client = new BoomstreamClient({ apiKey: API_KEY, baseUrl: server.url, maxRetries: 0 });
});
afterAll(() => server.close());

const isoDate = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));
/** Any text without whitespace: `project` keys and `hash` values travel URL-encoded. */
const token = fc
  .string({ minLength: 1, maxLength: 24, unit: 'binary' })
  .filter((text) => /^\S+$/.test(text) && !/[\uD800-\uDFFF]/.test(text));
const code = fc.stringMatching(/^[A-Za-z0-9]{8}$/);
const range = fc
  .record({ a: isoDate, b: isoDate }, { requiredKeys: [] })
  .map(({ a, b }) =>
    a !== undefined && b !== undefined
      ? { start: a < b ? a : b, end: a < b ? b : a }
      : { ...(a !== undefined && { start: a }), ...(b !== undefined && { end: b }) },
  );
const common = {
  group: fc.constantFrom('day', 'hour'),
  order: fc.constantFrom('asc', 'desc'),
  page: fc.integer({ min: 1, max: 1_000_000 }),
};
const validParams: Record<MethodName, fc.Arbitrary<Record<string, string | number>>> = {
  project: fc
    .tuple(
      fc.record({ project: fc.oneof(fc.constant('all'), token), ...common }, { requiredKeys: [] }),
      range,
    )
    .map(([rest, dates]) => ({ ...rest, ...dates })),
  target: fc
    .tuple(fc.record({ code, ...common }, { requiredKeys: ['code'] }), range)
    .map(([rest, dates]) => ({ ...rest, ...dates })),
  session: fc
    .tuple(
      fc.record(
        { code, hash: token, order: common.order, page: common.page },
        { requiredKeys: ['code', 'hash'] },
      ),
      range,
    )
    .map(([rest, dates]) => ({ ...rest, ...dates })),
};

/** One broken value and the parameter it breaks; every one breaks a rule of the spec. */
const breakage = fc.oneof(
  fc.record({
    param: fc.constant('start'),
    value: fc.constantFrom('2021-02-29', '2021-1-1', '01.01.2021', '', 20210101),
  }),
  fc.record({ param: fc.constant('group'), value: fc.constantFrom('week', 'Day', '', 1) }),
  fc.record({ param: fc.constant('order'), value: fc.constantFrom('up', 'ASC', '') }),
  fc.record({ param: fc.constant('page'), value: fc.constantFrom(0, -1, 1.5, '2', Number.NaN) }),
  fc.record({ param: fc.constant('apikey'), value: fc.constant('smuggled') }),
);
const methodName = fc.constantFrom<MethodName>('project', 'target', 'session');

describe('parameters, property-based against a real server', () => {
  it('any valid parameters arrive as exactly that query, plus the key', async () => {
    await fc.assert(
      fc.asyncProperty(
        methodName.chain((name) => fc.tuple(fc.constant(name), validParams[name])),
        async ([name, params]) => {
          const before = server.requests.length;
          await client.stats[name](params as never);
          const seen = server.requests[before]!;
          expect(server.requests).toHaveLength(before + 1);
          expect(seen.path).toBe(`/api${methods[name].path}`);
          expect(Object.fromEntries(seen.query)).toEqual({
            ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
            [API_KEY_PARAM]: API_KEY,
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('any invalid value is refused before a request, naming the parameter', async () => {
    await fc.assert(
      fc.asyncProperty(
        methodName.chain((name) => fc.tuple(fc.constant(name), validParams[name], breakage)),
        async ([name, params, { param, value }]) => {
          const before = server.requests.length;
          const error = await client.stats[name]({ ...params, [param]: value } as never).catch(
            (e: unknown) => e,
          );
          expect(error).toBeInstanceOf(BoomstreamValidationError);
          expect((error as BoomstreamValidationError).issues.map((i) => i.param)).toContain(param);
          expect(server.requests).toHaveLength(before);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('start after end is refused before a request', async () => {
    await fc.assert(
      fc.asyncProperty(isoDate, isoDate, async (a, b) => {
        fc.pre(a !== b);
        const before = server.requests.length;
        const [start, end] = a > b ? [a, b] : [b, a];
        await expect(client.stats.project({ start, end })).rejects.toMatchObject({
          issues: [{ param: 'start', message: `must be on or before end (${end})` }],
        });
        expect(server.requests).toHaveLength(before);
      }),
      { numRuns: 30 },
    );
  });
});

describe('inherited properties of a parameters object', () => {
  /** What a prototype might carry: valid values, broken ones, and names that are no parameter. */
  const inherited = fc.dictionary(
    fc.constantFrom(
      'start',
      'end',
      'group',
      'order',
      'page',
      'code',
      'hash',
      'project',
      'apikey',
      'extra',
    ),
    fc.oneof(
      fc.constantFrom('2021-02-29', 'week', 'all', 'smuggled', 'AbCd1234'),
      fc.integer({ min: -2, max: 3 }),
    ),
    { minKeys: 1 },
  );

  it('are neither sent nor checked: the request carries exactly the own parameters', async () => {
    await fc.assert(
      fc.asyncProperty(
        methodName.chain((name) => fc.tuple(fc.constant(name), validParams[name], inherited)),
        async ([name, own, prototype]) => {
          const params: Record<string, unknown> = Object.assign(
            Object.create(prototype) as object,
            own,
          );
          const before = server.requests.length;
          await client.stats[name](params as never);
          expect(Object.fromEntries(server.requests[before]!.query)).toEqual({
            ...Object.fromEntries(Object.entries(own).map(([k, v]) => [k, String(v)])),
            [API_KEY_PARAM]: API_KEY,
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('are not read for paging either: an inherited page does not move where .pages() starts', async () => {
    const params = Object.assign(Object.create({ page: 3 }) as object, { group: 'day' });
    const before = server.requests.length;
    const pages: number[] = [];
    for await (const page of client.stats.project.pages(params as never)) pages.push(page.page);
    expect(pages).toEqual([1]);
    expect(server.requests[before]!.query.get('page')).toBeNull();
  });
});
