import { folderReadme, type GeneratedFile, type GeneratorOutput } from '@boomstream/codegen';
import { addDays, API_PREFIX, methods, type MethodName, type MethodSpec } from '@boomstream/spec';

import {
  answerRequest,
  createWorld,
  FIXTURE_WORLD,
  fixtureQuery,
  secretDigest,
  type Fixture,
  type FixtureIndex,
  type World,
} from '../src/index.js';

const DIR = 'packages/mocks/fixtures';

/** One request of the canonical set: its file's name, path under the API prefix, query and key. */
interface Canonical {
  readonly name: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly auth?: Fixture['auth'];
}

const STATS = methods.project.path;
const SESSIONS = methods.session.path;
/** A code of the right form that no media of the fixture world has. */
const UNKNOWN_CODE = 'ZZZZ0000';

/** Requests the spec accepts: each method × day/hour × asc/desc, defaults, empty and multi-page answers, Failed ones. */
function acceptedRequests(world: World): Canonical[] {
  const { today, demo, projects } = world;
  const week = { start: addDays(today, -6), end: today };
  const code = demo.codes[0] ?? '';
  const [shared, viewer] = projects[0]?.customers ?? [];
  if (!shared || !viewer) throw new Error('the fixture world has no customers');
  const variants = ['day', 'hour'].flatMap((group) =>
    ['asc', 'desc'].map((order) => ({ name: `${group}-${order}`, group, order })),
  );
  const pages = (count: number, request: (page: number) => Canonical) =>
    Array.from({ length: count }, (_, i) => request(i + 1));
  const yearPages = answerPageCount(world, {
    name: '',
    path: STATS,
    query: { start: addDays(today, -364), end: today, group: 'hour' },
  });
  return [
    ...variants.map(({ name, group, order }) => ({
      name: `project/${name}`,
      path: STATS,
      query: { ...week, group, order },
    })),
    { name: 'project/defaults', path: STATS, query: {} },
    { name: 'project/all', path: STATS, query: { project: 'all', ...week } },
    {
      name: 'project/another-project',
      path: STATS,
      query: { project: projects[1]?.key ?? '', ...week },
    },
    { name: 'project/unknown-project', path: STATS, query: { project: 'not-a-key', ...week } },
    { name: 'project/empty-range', path: STATS, query: { start: '2010-01-01', end: '2010-01-31' } },
    // Every page of an hourly year, and one past the last.
    ...pages(yearPages + 1, (page) => ({
      name: `project/hour-year-page-${page}`,
      path: STATS,
      query: { start: addDays(today, -364), end: today, group: 'hour', page: String(page) },
    })),
    ...variants.map(({ name, group, order }) => ({
      name: `target/${name}`,
      path: STATS,
      query: { code, ...week, group, order },
    })),
    { name: 'target/media-not-found', path: STATS, query: { code: UNKNOWN_CODE, ...week } },
    ...['asc', 'desc'].map((order) => ({
      name: `session/${order}`,
      path: SESSIONS,
      query: {
        code: viewer.code,
        hash: viewer.hash,
        start: addDays(today, -120),
        end: today,
        order,
      },
    })),
    { name: 'session/defaults', path: SESSIONS, query: { code: shared.code, hash: shared.hash } },
    ...pages(3, (page) => ({
      name: `session/shared-password-page-${page}`,
      path: SESSIONS,
      query: {
        code: shared.code,
        hash: shared.hash,
        start: addDays(today, -60),
        end: today,
        page: String(page),
      },
    })),
    { name: 'session/unknown-hash', path: SESSIONS, query: { code, hash: 'not-a-password' } },
    {
      name: 'session/media-not-found',
      path: SESSIONS,
      query: { code: UNKNOWN_CODE, hash: shared.hash },
    },
    // Without the right key the query does not matter; a valid one keeps the requests sendable.
    ...(['project', 'session'] as const).flatMap((method) => {
      const [path, query] =
        method === 'project' ? [STATS, week] : [SESSIONS, { code: shared.code, hash: shared.hash }];
      return [
        { name: `${method}/no-api-key`, path, query, auth: 'none' as const },
        { name: `${method}/wrong-api-key`, path, query, auth: 'wrong' as const },
      ];
    }),
  ];
}

/** Values of the fixture world for a method's required parameters, by parameter name. */
function requiredValues(world: World, method: MethodSpec): Record<string, string> {
  const pair = world.demo.sessions[0];
  if (!pair) throw new Error('the fixture world has no demo password');
  // A sessions method's code is the password's media; a stats method's, the demo's first media.
  const known: Record<string, string> = {
    code: method.items === 'sessions' ? pair.code : (world.demo.codes[0] ?? ''),
    hash: pair.hash,
  };
  return Object.fromEntries(
    Object.entries(method.params)
      .filter(([, use]) => use.required)
      .map(([name]) => {
        const value = known[name];
        if (value === undefined) {
          throw new Error(
            `fixtures: no value of the fixture world for ${method.name}'s required parameter ${name}; add one to requiredValues`,
          );
        }
        return [name, value];
      }),
  );
}

/**
 * The requests of a method the canonical set above does not name (a method added to
 * the spec since), from its declaration: by day and hour for stats, each order,
 * its required parameters from the fixture world. Curated requests can replace them.
 */
export function declaredRequests(world: World, covered: ReadonlySet<string>): Canonical[] {
  const { today } = world;
  return (Object.entries(methods) as [MethodName, MethodSpec][])
    .filter(([name]) => !covered.has(name))
    .flatMap(([name, method]) => {
      const required = requiredValues(world, method);
      const groups = method.items === 'stats' ? ['day', 'hour'] : [undefined];
      const range =
        method.items === 'stats'
          ? { start: addDays(today, -6), end: today }
          : { start: addDays(today, -120), end: today };
      return groups.flatMap((group) =>
        ['asc', 'desc'].map((order) => ({
          name: `${name}/${group === undefined ? '' : `${group}-`}${order}`,
          path: method.path,
          query: { ...required, ...range, ...(group !== undefined && { group }), order },
        })),
      );
    });
}

/** Requests the spec's validation rejects: the server's `Failed` answer naming the parameter. */
function rejectedRequests(world: World): Canonical[] {
  const { today, demo } = world;
  const pair = demo.sessions[0] ?? { code: '', hash: '' };
  const stats = (name: string, query: Record<string, string>): Canonical => ({
    name: `project/${name}`,
    path: STATS,
    query,
  });
  return [
    stats('invalid-start', { start: '2024-02-30', end: today }),
    stats('invalid-end', { end: '30.06.2024' }),
    stats('start-after-end', { start: today, end: addDays(today, -1) }),
    stats('invalid-group', { group: 'week' }),
    stats('invalid-order', { order: 'up' }),
    stats('invalid-page', { page: '0' }),
    stats('page-not-a-number', { page: 'two' }),
    { name: 'target/invalid-code', path: STATS, query: { code: 'abc' } },
    { name: 'session/missing-code', path: SESSIONS, query: { hash: pair.hash } },
    { name: 'session/missing-hash', path: SESSIONS, query: { code: pair.code } },
    { name: 'session/invalid-start', path: SESSIONS, query: { ...pair, start: '2024-13-01' } },
  ];
}

function ask(world: World, request: Canonical) {
  const query = new URLSearchParams(request.query);
  const auth = request.auth ?? 'key';
  if (auth !== 'none') query.set('apikey', auth === 'key' ? world.demo.apiKey : 'wrong-key');
  const answer = answerRequest(world, { path: request.path, query });
  if (answer.status !== 200 || !answer.method) {
    throw new Error(`fixture ${request.name}: HTTP ${answer.status}`);
  }
  return { ...answer, method: answer.method, fixtureQuery: fixtureQuery(query), auth };
}

function answerPageCount(world: World, request: Canonical): number {
  return Number(/<PageCount>(\d+)<\/PageCount>/.exec(ask(world, request).body)?.[1] ?? 0);
}

function generate(world: World, requests: readonly Canonical[]) {
  return requests.map((request) => {
    const answer = ask(world, request);
    const file = `${request.name}.xml`;
    return {
      entry: {
        method: answer.method,
        source: 'world' as const,
        auth: answer.auth,
        request: { path: request.path, query: answer.fixtureQuery },
        file,
      },
      file: { path: `${DIR}/${file}`, content: answer.body },
    };
  });
}

/** Small counts in words, for the folder's README. */
const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/**
 * The mock fixtures: first the reference's example answer of each method, byte for byte,
 * then the fixture world's answers to the canonical requests, then `index.json`
 * (request → file). Secrets are never written: the API key is left out of each
 * request, other secrets are stored as SHA-256 digests.
 */
export function fixtures(): GeneratorOutput {
  const world = createWorld(FIXTURE_WORLD);
  const examples: GeneratedFile[] = Object.entries(methods).map(([name, method]) => ({
    path: `${DIR}/reference/${name}.xml`,
    content: method.example.response,
  }));
  const reference: Fixture[] = Object.entries(methods).map(([name, method]) => {
    const url = new URL(method.example.request);
    return {
      method: name,
      source: 'reference',
      auth: 'key',
      request: {
        path: url.pathname.slice(API_PREFIX.length),
        query: fixtureQuery(url.searchParams),
      },
      file: `reference/${name}.xml`,
    };
  });
  const canonical = acceptedRequests(world);
  const covered = new Set(canonical.map(({ name }) => name.slice(0, name.indexOf('/'))));
  const accepted = generate(world, [...canonical, ...declaredRequests(world, covered)]);
  const rejected = generate(world, rejectedRequests(world));
  const index: FixtureIndex = {
    world: { ...FIXTURE_WORLD, apiKey: secretDigest(world.demo.apiKey) },
    fixtures: [...reference, ...accepted.map(({ entry }) => entry)],
    rejected: rejected.map(({ entry }) => entry),
  };
  return {
    files: [
      folderReadme(
        DIR,
        'XML answers of the Boomstream statistics API and `index.json`, which maps each request to its file. `reference/` holds the ' +
          (COUNT_WORDS[examples.length] ?? String(examples.length)) +
          " example answers of the API reference, byte for byte; the other folders hold the answers of the fixture world (`world` in the index: seed and today) to a canonical set of requests. A request is keyed by its path and query without the API key (`auth` says which key it carried); other secrets (`hash`, a `project` key) are stored as `sha256:` digests, so no secret is written here. `rejected` lists requests the spec refuses, with the server's `Failed` answers.",
        'packages/mocks/generators/fixtures.ts',
      ),
      ...examples,
      ...[...accepted, ...rejected].map(({ file }) => file),
      { path: `${DIR}/index.json`, content: `${JSON.stringify(index, null, 2)}\n` },
    ],
    ownedDirs: [DIR],
  };
}
