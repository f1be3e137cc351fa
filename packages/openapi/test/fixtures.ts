import { readFile } from 'node:fs/promises';

/** The mocks' generated fixtures: `index.json` and the XML files it names. */
const fixturesDir = new URL('../../mocks/fixtures/', import.meta.url);

export interface FixtureEntry {
  readonly method: string;
  readonly file: string;
}

export async function readFixtures(): Promise<(FixtureEntry & { xml: string })[]> {
  const index = JSON.parse(await readFile(new URL('index.json', fixturesDir), 'utf8')) as {
    fixtures: FixtureEntry[];
  };
  return Promise.all(
    index.fixtures.map(async (entry) => ({
      ...entry,
      xml: await readFile(new URL(entry.file, fixturesDir), 'utf8'),
    })),
  );
}
