/**
 * @boomstream/mocks — Boomstream's statistics API, mocked for tests and demos:
 * a seeded data world, a real HTTP mock server with faults, the generated
 * fixtures and an undici MockAgent serving them.
 */
export { answerRequest, type ApiAnswer, type ApiRequest } from './answer/answer.js';
export {
  createMockAgent,
  FIXTURE_WORLD,
  fixtureDemo,
  fixtureIndex,
  fixtureQuery,
  fixturesDir,
  loadFixture,
  loadFixtureIndex,
  MOCK_AGENT_DEFAULTS,
  secretDigest,
  type Fixture,
  type FixtureIndex,
  type MockAgentOptions,
} from './fixtures/index.js';
export {
  FAULT_HEADER,
  mockFault,
  parseFaults,
  type FaultRule,
  type MockFault,
} from './server/faults.js';
export { API_PREFIX } from '@boomstream/spec';
export {
  MAX_URL_LENGTH,
  MOCK_SERVER_DEFAULTS,
  startMockServer,
  type MockServer,
  type MockServerOptions,
} from './server/server.js';
export {
  createWorld,
  type Customer,
  type Demo,
  type Media,
  type Project,
  type World,
  type WorldOptions,
} from './world/index.js';
