import { startMockServer } from '@boomstream/mocks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  API_KEY,
  HASH,
  HOSTILE_ANSWERS,
  OMNISCIENT_ANSWER,
  PROJECT_KEY,
  secretsIn,
  startHostileServer,
  type HostileServer,
} from '../../test/hostile-server.js';
import { runBin, type BinResult } from '../../test/run-bin.js';

let hostile: HostileServer;
beforeAll(async () => {
  hostile = await startHostileServer();
});
afterAll(() => hostile.close());

/** Every secret in the environment, as a user who keeps them there runs the CLI. */
const SECRET_ENV = {
  BOOMSTREAM_API_KEY: API_KEY,
  BOOMSTREAM_PROJECT_KEY: PROJECT_KEY,
  BOOMSTREAM_HASH: HASH,
};

/** What the scan found in a run's output: none, or where and what. */
function found(result: BinResult): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries({ stdout: result.stdout, stderr: result.stderr })
      .map(([where, text]) => [where, secretsIn(text)] as const)
      .filter(([, fragments]) => fragments.length > 0),
  );
}

describe('the CLI never prints a fragment of 4 characters of a secret, in any form', () => {
  it('the scan sees a secret: an unmasked echo holds fragments of all three', () => {
    const echoed = `${encodeURIComponent(API_KEY)} ${JSON.stringify(PROJECT_KEY)} ${HASH.slice(0, 4)}`;
    expect(secretsIn(echoed).length).toBeGreaterThan(10);
    expect(secretsIn('project: Failed (HTTP 500): apikey=***&project=*** hash=***')).toEqual([]);
  });

  /**
   * Calls whose requests carry the API key and the project key or the customer password,
   * from the environment or stdin; the secrets a request does not carry are in the
   * environment too, known to the process, and a server that knows them may echo them.
   */
  const calls: [string, string[], Record<string, string>, string?][] = [
    ['project, its key from the environment', ['project'], SECRET_ENV],
    ['session, the password from the environment', ['session', '--code', 'AbCd1234'], SECRET_ENV],
    [
      'session, the password from stdin',
      ['session', '--code', 'AbCd1234', '--hash-stdin'],
      { BOOMSTREAM_API_KEY: API_KEY, BOOMSTREAM_PROJECT_KEY: PROJECT_KEY },
      `${HASH}\n`,
    ],
  ];
  const failures = [...HOSTILE_ANSWERS, OMNISCIENT_ANSWER].flatMap((answer) =>
    calls.map(([call, args, env, input]) => [answer, call, args, env, input] as const),
  );

  it.each(failures)('a server answering %s, to %s', async (answer, _call, args, env, input) => {
    const result = await runBin(
      args,
      { ...env, BOOMSTREAM_BASE_URL: hostile.baseUrl(answer) },
      input,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^boomstream: /);
    expect(found(result), result.stderr).toEqual({});
  });

  it.each(calls)('a refused connection, to %s', async (_call, args, env, input) => {
    const closed = await startMockServer();
    await closed.close();
    const result = await runBin(args, { ...env, BOOMSTREAM_BASE_URL: closed.url }, input);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('***');
    expect(found(result), result.stderr).toEqual({});
  });

  it.each(calls)('the mock server refusing the key, to %s', async (_call, args, env, input) => {
    const mock = await startMockServer({ today: '2024-06-30' });
    try {
      const result = await runBin(args, { ...env, BOOMSTREAM_BASE_URL: mock.url }, input);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('Invalid API key');
      expect(found(result), result.stderr).toEqual({});
    } finally {
      await mock.close();
    }
  });

  it.each([
    [
      'a positional argument equal to the API key',
      ['project', API_KEY],
      'unexpected argument "***"',
    ],
    [
      'a positional argument equal to the password',
      ['session', '--code', 'AbCd1234', HASH],
      'unexpected argument "***"',
    ],
    ['a positional argument after --', ['project', '--', PROJECT_KEY], 'unexpected argument "***"'],
    ['a method named like the project key', [PROJECT_KEY], '"***"'],
    ['a method named like the password, with --mock', [HASH, '--mock'], '"***"'],
    ['an option named like the API key', ['project', `--${API_KEY}`], '--***'],
    ['an option named like the API key, with a value', ['project', `--${API_KEY}=1`], '--***'],
    ['a date given a secret', ['project', '--start', HASH], '--start: must be a calendar date'],
    ['a page given a secret', ['project', '--page', API_KEY], '--page: must be a number'],
    [
      'a media code given a secret',
      ['target', '--code', API_KEY],
      '--code: "***" must be 8 letters or digits',
    ],
    [
      'a secret project key in a flag',
      ['project', '--project', PROJECT_KEY],
      '--project: only "all"',
    ],
    ['a password in a flag', ['session', '--code', 'AbCd1234', '--hash', HASH], '--hash:'],
    [
      'a flag of another method given a secret',
      ['project', '--hash', HASH],
      '--hash: is not an option of project',
    ],
    ['a flag before any method', [`--code=${API_KEY}`], '--code: "***"'],
  ])('bad input: %s', async (_case, args, says) => {
    const result = await runBin(args, SECRET_ENV);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(says);
    expect(found(result), result.stderr).toEqual({});
  });
});
