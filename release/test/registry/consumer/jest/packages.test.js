// A Jest 30 user on CommonJS: Jest require()s each package through its `require` export,
// the CommonJS build (an ES module there fails with "Must use import to load ES Module").
const { BoomstreamClient, BoomstreamError } = require('@boomstream/client');
const errors = require('@boomstream/client/errors');
const { auditSharing, exactTotal } = require('@boomstream/insights');
const periods = require('@boomstream/insights/periods');
const { startMockServer } = require('@boomstream/mocks');
const { startMockServer: startServerAlone } = require('@boomstream/mocks/server');
const { readOpenApiDocument } = require('@boomstream/openapi');
const { decodeAnswer } = require('@boomstream/openapi/decode');

let server;
beforeAll(async () => {
  server = await startMockServer({ today: '2024-06-30' });
});
afterAll(() => server.close());

test('loads the CommonJS build of every package and subpath', () => {
  for (const name of [
    '@boomstream/client',
    '@boomstream/client/errors',
    '@boomstream/client/decode',
    '@boomstream/insights',
    '@boomstream/insights/periods',
    '@boomstream/mocks',
    '@boomstream/mocks/server',
    '@boomstream/openapi',
    '@boomstream/openapi/decode',
    '@boomstream/spec',
  ]) {
    expect(require.resolve(name)).toMatch(/\.cjs$/);
  }
  expect(startServerAlone).toBe(startMockServer);
  expect(typeof decodeAnswer).toBe('function');
  expect(periods.exactTotal).toBe(exactTotal);
});

test('reads the three methods from the mock and audits the sessions', async () => {
  const client = new BoomstreamClient({ apiKey: server.demo.apiKey, baseUrl: server.url });
  const [customer] = server.demo.sessions;
  const project = await client.stats.project({ start: '2024-06-01', end: '2024-06-30' });
  const target = await client.stats.target({ code: server.demo.codes[0], group: 'hour' });
  const sessions = await client.stats.session.all(customer);
  expect(project.sourceType).toBe('project');
  expect(project.items.length).toBeGreaterThan(0);
  expect(target.sourceType).toBe('media');
  expect(sessions.length).toBeGreaterThan(0);
  expect(auditSharing({ customer: sessions }).customers).toHaveLength(1);
  expect((await readOpenApiDocument()).openapi).toMatch(/^3\.1\./);
});

test('an error the CommonJS client throws is an instance of the classes a CommonJS user imports', async () => {
  const stranger = new BoomstreamClient({ apiKey: 'not-a-key', baseUrl: server.url });
  const failed = await stranger.stats.project({}).catch((error) => error);
  expect(failed).toBeInstanceOf(errors.BoomstreamApiError);
  expect(failed).toBeInstanceOf(errors.BoomstreamError);
  expect(failed).toBeInstanceOf(BoomstreamError);
  expect(errors.BoomstreamError).toBe(BoomstreamError);
  const refused = await stranger.stats.project({ group: 'week' }).catch((error) => error);
  expect(refused).toBeInstanceOf(errors.BoomstreamValidationError);
});
