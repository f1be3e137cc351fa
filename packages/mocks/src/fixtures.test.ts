import { methods } from '@boomstream/spec';
import { describe, expect, it } from 'vitest';

import { readFixture, readFixtureIndex } from './fixtures.js';

describe('the generated fixtures', () => {
  it('index the three reference examples, byte for byte', async () => {
    const { fixtures } = await readFixtureIndex();
    const reference = fixtures.filter((fixture) => fixture.source === 'reference');
    expect(reference.map((fixture) => fixture.method)).toEqual(Object.keys(methods));
    for (const fixture of reference) {
      expect(await readFixture(fixture)).toBe(
        methods[fixture.method as keyof typeof methods].example.response,
      );
    }
  });

  it('key each request by path and query, never by the API key', async () => {
    const { fixtures } = await readFixtureIndex();
    for (const fixture of fixtures) {
      const method = methods[fixture.method as keyof typeof methods];
      expect(fixture.request.path).toBe(method.path);
      expect(Object.keys(fixture.request.query)).not.toContain('apikey');
    }
  });
});
