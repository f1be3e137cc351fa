/**
 * @boomstream/mocks — mock answers of Boomstream's statistics API for tests:
 * the generated fixtures, and the helpers that read them.
 */
export {
  fixturesDir,
  readFixture,
  readFixtureIndex,
  type Fixture,
  type FixtureIndex,
} from './fixtures.js';
