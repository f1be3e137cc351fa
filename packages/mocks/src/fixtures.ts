import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { z } from 'zod';

/** The folder of the generated fixtures. */
export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));

const fixtureIndex = z.object({
  fixtures: z.array(
    z.object({
      method: z.string(),
      /** Where the answer comes from: `reference` for the API reference's examples. */
      source: z.string(),
      /** The request: path under the API prefix and query without the API key. */
      request: z.object({ path: z.string(), query: z.record(z.string(), z.string()) }),
      /** The answer's file, relative to the fixtures folder. */
      file: z.string(),
    }),
  ),
});

export type FixtureIndex = z.infer<typeof fixtureIndex>;
export type Fixture = FixtureIndex['fixtures'][number];

/** The fixtures index (`fixtures/index.json`), checked. */
export async function readFixtureIndex(): Promise<FixtureIndex> {
  return fixtureIndex.parse(JSON.parse(await readFile(`${fixturesDir}index.json`, 'utf8')));
}

/** The XML answer of one fixture. */
export function readFixture(fixture: Pick<Fixture, 'file'>): Promise<string> {
  return readFile(new URL(fixture.file, `file://${fixturesDir}`), 'utf8');
}
