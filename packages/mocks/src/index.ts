/**
 * @boomstream/mocks — Boomstream's statistics API, mocked for tests and demos:
 * a seeded data world, a real HTTP mock server and an undici MockAgent answering
 * from it, both with typed per-test overrides and faults, and the generated
 * fixtures as the byte-exact offline reference.
 */
export {
  createMockAgent,
  MockApiAgent,
  type FixtureFolderOptions,
  type MockAgentOptions,
} from './agent/mock-agent.js';
export { answerRequest, type ApiAnswer, type ApiRequest } from './answer/answer.js';
export type { MockItem, MockPage, MockParams } from './answer/call.js';
export { parseQuirks, QUIRK_IDS, type QuirkId } from './answer/quirks.js';
export type { MockControls } from './core/mock-api.js';
export {
  MockHandlerError,
  type MockHandler,
  type MockHandlers,
  type MockMatch,
  type MockOverride,
  type UseOptions,
} from './overrides/overrides.js';
export { failed, type HandlerResult } from './overrides/result.js';
export {
  createFixtureAgent,
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
  type FixtureAgentOptions,
  type FixtureIndex,
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
export { MockWorld, type SessionQuery, type ViewingQuery } from './core/mock-world.js';
export {
  AUDIT_CASES,
  AUDIT_CROWD_SIZE,
  AUDIT_DAYS,
  createWorld,
  HISTORY_START,
  type AuditCase,
  type AuditCustomer,
  type CrowdCustomer,
  type Customer,
  type Demo,
  type Media,
  type Project,
  type World,
  type WorldOptions,
} from './world/index.js';
