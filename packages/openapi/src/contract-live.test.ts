import { startMockServer, type MockServer } from '@boomstream/mocks';
import { redactUrl, type MethodName } from '@boomstream/spec';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { answerChecker, type AnswerCheck } from '../test/answers.js';
import { OPERATION_IDS, readDocument, type OpenApiDocument } from '../test/document.js';
import { mockUrlOf } from '../test/live.js';
import { SLOW_TEST_MS } from '../test/slow.js';

let server: MockServer;
let document: OpenApiDocument;
let check: (operationId: string, xml: string) => AnswerCheck;

beforeAll(async () => {
  server = await startMockServer({ port: 0, seed: 2024, today: '2024-06-30' });
  document = await readDocument();
  check = await answerChecker();
}, SLOW_TEST_MS);
afterAll(() => server.close());

/** Asks the live mock at the URL the document gives the method; the answer must fit its operation's schema. */
async function expectDocumented(
  method: MethodName,
  query: Record<string, string>,
  init: RequestInit = {},
): Promise<string> {
  const url = mockUrlOf(document, method, server.url, query);
  const response = await fetch(url, init);
  const body = await response.text();
  const label = `${method} ${redactUrl(url)}`;
  expect(response.status, label).toBe(200);
  expect(response.headers.get('content-type'), label).toMatch(/xml/);
  expect(check(OPERATION_IDS[method], body), label).toMatchObject({ matches: 1 });
  return body;
}

const day = fc
  .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2024, 6, 5) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));
const range = fc.tuple(day, day).map(([a, b]) => (a <= b ? [a, b] : [b, a]));
const statsQuery = fc.record(
  {
    range,
    group: fc.constantFrom('day', 'hour'),
    order: fc.constantFrom('asc', 'desc'),
    page: fc.integer({ min: 1, max: 3 }).map(String),
  },
  { requiredKeys: ['range'] },
);
const queryOf = ({ range: [start, end], ...rest }: { range: string[] } & Record<string, unknown>) =>
  ({ start, end, ...rest }) as Record<string, string>;

describe('live answers of the mock server', () => {
  it(
    'fit the document for project queries, any valid parameters',
    async () => {
      const { apiKey } = server.demo;
      await fc.assert(
        fc.asyncProperty(statsQuery, fc.boolean(), async (query, all) => {
          const body = await expectDocumented('project', {
            apikey: apiKey,
            ...(all && { project: 'all' }),
            ...queryOf(query),
          });
          expect(body).toContain('<SourceType>project</SourceType>');
        }),
        { numRuns: 20 },
      );
    },
    SLOW_TEST_MS,
  );

  it(
    'fit the document for target queries, at the URL the document gives target',
    async () => {
      const { apiKey, codes } = server.demo;
      await fc.assert(
        fc.asyncProperty(statsQuery, fc.constantFrom(...codes), async (query, code) => {
          const body = await expectDocumented('target', {
            apikey: apiKey,
            code,
            ...queryOf(query),
          });
          expect(body).toContain('<SourceType>media</SourceType>');
        }),
        { numRuns: 20 },
      );
    },
    SLOW_TEST_MS,
  );

  it(
    'fit the document for session queries',
    async () => {
      const { apiKey, sessions } = server.demo;
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...sessions),
          range,
          fc.constantFrom('asc', 'desc'),
          async ({ code, hash }, [start = '', end = ''], order) => {
            await expectDocumented('session', { apikey: apiKey, code, hash, start, end, order });
          },
        ),
        { numRuns: 15 },
      );
    },
    SLOW_TEST_MS,
  );

  it('fit the document when the key comes as a bearer token', async () => {
    const headers = { authorization: `Bearer ${server.demo.apiKey}` };
    expect(await expectDocumented('project', {}, { headers })).toContain(
      '<Status>Success</Status>',
    );
  });

  it.each<[string, MethodName, (demo: MockServer['demo']) => Record<string, string>]>([
    ['a wrong API key', 'project', () => ({ apikey: 'not-a-key' })],
    ['no API key', 'session', ({ sessions: [first] }) => ({ ...first! })],
    ['an unknown media code', 'target', ({ apiKey }) => ({ apikey: apiKey, code: 'Zz999999' })],
    ['an impossible date', 'project', ({ apiKey }) => ({ apikey: apiKey, start: '2024-02-30' })],
  ])('answer %s with a documented Failed answer', async (_case, method, queryFor) => {
    const body = await expectDocumented(method, queryFor(server.demo));
    expect(body).toMatch(/<Status>Failed<\/Status>\s*<Message>[^<]+<\/Message>/);
  });
});
