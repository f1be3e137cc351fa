import { readFileSync } from 'node:fs';

import { methods, type MethodName } from '@boomstream/spec';
import { MockAgent } from 'undici';

/** The generated fixtures, read by path: the client never imports @boomstream/mocks (it depends on us). */
const FIXTURES = new URL('../../mocks/fixtures/', import.meta.url);

export interface FixtureEntry {
  readonly method: MethodName;
  readonly source: string;
  /** Which key the request carried: the world's (`key`), another (`wrong`) or none. */
  readonly auth: 'key' | 'wrong' | 'none';
  readonly request: { readonly path: string; readonly query: Readonly<Record<string, string>> };
  readonly file: string;
}

interface FixtureIndex {
  /** Requests the spec accepts, with the server's answers. */
  readonly fixtures: readonly FixtureEntry[];
  /** Requests the spec refuses, with the server's `Failed` answers. */
  readonly rejected?: readonly FixtureEntry[];
}

export function readIndex(): FixtureIndex {
  return JSON.parse(readFileSync(new URL('index.json', FIXTURES), 'utf8')) as FixtureIndex;
}

/** The fixtures of requests the spec accepts. */
export function fixtureIndex(): readonly FixtureEntry[] {
  return readIndex().fixtures;
}

/** The key a fixture's request carried, as the tests' MockAgent expects it. */
export function fixtureApiKey(fixture: FixtureEntry, apiKey: string): string | undefined {
  return { key: apiKey, wrong: WRONG_API_KEY, none: undefined }[fixture.auth];
}

/** The key `wrong` fixtures were asked with. */
export const WRONG_API_KEY = 'not-the-world-key';

export function fixtureXml(fixture: Pick<FixtureEntry, 'file'>): string {
  return readFileSync(new URL(fixture.file, FIXTURES), 'utf8');
}

/** The reference example of one method, from the fixtures. */
export function referenceXml(method: MethodName): string {
  const fixture = fixtureIndex().find((f) => f.method === method && f.source === 'reference');
  if (!fixture) throw new Error(`no reference fixture for ${method}`);
  return fixtureXml(fixture);
}

/** Stand-ins for the reference's placeholders (`[media_code]`), valid by the spec. */
export const STAND_INS: Readonly<Record<string, string>> = {
  code: 'AbCd1234',
  hash: 'customer-pass-77',
  project: 'project-key-55',
};

/** A fixture's request as client parameters: placeholders replaced, integers as numbers. */
export function fixtureParams(fixture: FixtureEntry): Record<string, string | number> {
  const declared = methods[fixture.method].params as Record<string, { param: { kind: string } }>;
  return Object.fromEntries(
    Object.entries(fixture.request.query).map(([name, value]) => {
      if (/^\[.*\]$/.test(value)) return [name, STAND_INS[name] ?? value];
      return [name, declared[name]?.param.kind === 'integer' ? Number(value) : value];
    }),
  );
}

/**
 * A MockAgent that answers each fixture's request (its parameters as `fixtureParams`
 * gives them, plus the API key) with its XML, and refuses any other request.
 */
export function fixtureAgent(origin: string, prefix: string, apiKey: string): MockAgent {
  const agent = new MockAgent();
  agent.disableNetConnect();
  const pool = agent.get(origin);
  for (const fixture of fixtureIndex()) {
    const query = Object.fromEntries(
      Object.entries(fixtureParams(fixture)).map(([name, value]) => [name, String(value)]),
    );
    const key = fixtureApiKey(fixture, apiKey);
    pool
      .intercept({
        path: `${prefix}${fixture.request.path}`,
        method: 'GET',
        query: key === undefined ? query : { ...query, apikey: key },
      })
      .reply(200, fixtureXml(fixture), { headers: { 'content-type': 'application/xml' } })
      .persist();
  }
  return agent;
}
