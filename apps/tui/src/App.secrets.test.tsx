import { BoomstreamClient } from '@boomstream/client';
import { render } from 'ink-testing-library';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { echoes } from '../../../spec/test/secret-scan.js';
import { crashingSource } from '../test/crashing-source.js';
import { fakeSource } from '../test/fake-source.js';
import {
  API_KEY,
  HASH,
  HOSTILE_ANSWERS,
  PROJECT_KEY,
  SECRETS,
  secretsIn,
  startHostileServer,
  type HostileServer,
} from '../test/hostile-server.js';
import { waitForInputListener, waitUntil } from '../test/wait-for-frame.js';
import { CrashSafeApp } from './CrashSafeApp.js';
import { clientSource } from './data/client-source.js';
import type { DataSource, QueryParams } from './data/source.js';
import { methodRegistry } from './registry.js';

const KEYS = { down: 'j', enter: '\r', tab: '\t', clear: '\u0015' };

/** Keys that type the method's secrets into its form: the project key, or a code and the customer password. */
const FORMS = {
  project: [KEYS.clear, PROJECT_KEY],
  session: [KEYS.clear, 'AbCd1234', KEYS.tab, KEYS.clear, HASH],
} as const;

let hostile: HostileServer;
beforeAll(async () => {
  hostile = await startHostileServer();
});
afterAll(() => hostile.close());

type App = ReturnType<typeof render>;

/** Waits for a frame drawn after the first `from` that contains `text`. */
function frameAfter(app: App, from: number, text: string): Promise<string> {
  return waitUntil(
    () => app.frames.slice(from).find((frame) => frame.includes(text)),
    () => `${JSON.stringify(text)} after frame ${from} in:\n${app.lastFrame() ?? ''}`,
  );
}

/** Opens the method's form, types its secrets in and runs the query. */
async function query(app: App, method: keyof typeof FORMS): Promise<void> {
  await waitForInputListener(app.stdin);
  const downs = methodRegistry.findIndex((entry) => entry.name === method);
  for (let step = 0; step < downs; step++) app.stdin.write(KEYS.down);
  app.stdin.write(KEYS.enter);
  await frameAfter(app, 0, 'enter runs the query');
  for (const key of FORMS[method]) app.stdin.write(key);
  app.stdin.write(KEYS.enter);
}

/** Every frame the app drew, on stdout and stderr: a secret shown for one frame is shown. */
function everyFrame(app: App): string {
  return [...app.frames, ...app.stderr.frames].join('\n');
}

describe('the UI never draws a fragment of 4 characters of a secret, in any frame', () => {
  const failures = HOSTILE_ANSWERS.flatMap((answer) =>
    (['project', 'session'] as const).map((method) => [answer, method] as const),
  );

  it.each(failures)(
    'the error panel, a server answering %s to %s, and again on retry',
    async (answer, method) => {
      const client = new BoomstreamClient({
        apiKey: API_KEY,
        baseUrl: hostile.baseUrl(answer),
        maxRetries: 0,
      });
      const source: DataSource = clientSource(client, {
        mode: 'live',
        demo: undefined,
        secrets: [API_KEY],
        close: () => Promise.resolve(),
      });
      const app = render(
        <CrashSafeApp methods={methodRegistry} source={source} today="2024-06-30" />,
      );
      try {
        await query(app, method);
        await frameAfter(app, 0, 'r retry');
        const retried = app.frames.length;
        app.stdin.write('r');
        await frameAfter(app, retried, 'r retry');
        expect(secretsIn(everyFrame(app))).toEqual([]);
      } finally {
        app.unmount();
      }
    },
  );

  /** What the method's query carries: the API key, and the project key or the customer password. */
  const carried = { project: [API_KEY, PROJECT_KEY], session: [API_KEY, HASH] } as const;

  it.each([
    ['an API error', 'project'],
    ['an API error', 'session'],
    ['an unexpected error', 'project'],
    ['an unexpected error', 'session'],
  ] as const)(
    'the error panel, a source that does not mask failing with %s that echoes what %s carried',
    async (kind, method) => {
      const echoed = echoes(carried[method]);
      const fake = fakeSource({ secrets: [API_KEY] });
      const source =
        kind === 'an API error'
          ? fake
          : fakeSource({
              secrets: [API_KEY],
              page: () => Promise.reject(new Error(echoed)),
            });
      fake.failNext(2, echoed);
      const app = render(
        <CrashSafeApp methods={methodRegistry} source={source} today="2024-03-12" />,
      );
      try {
        await query(app, method);
        const failed = await frameAfter(app, 0, 'r retry');
        expect(failed).toContain('***');
        const retried = app.frames.length;
        app.stdin.write('r');
        await frameAfter(app, retried, 'r retry');
        expect(secretsIn(everyFrame(app))).toEqual([]);
      } finally {
        app.unmount();
      }
    },
  );

  it.each(['project', 'session'] as const)(
    'the crash screen, a row of %s echoing every secret it was asked with in every form',
    async (method) => {
      const asked: QueryParams[] = [];
      const source = crashingSource(
        (params) => {
          asked.push(params);
          const values = [API_KEY, ...Object.values(params).map(String)];
          return echoes(values.filter((value) => SECRETS.includes(value)));
        },
        [API_KEY],
      );
      const app = render(
        <CrashSafeApp methods={methodRegistry} source={source} today="2024-03-12" />,
      );
      try {
        await query(app, method);
        const crashed = await frameAfter(app, 0, 'Something went wrong');
        expect(crashed).toContain('cannot draw a row of ***');
        expect(asked.at(-1)).toMatchObject(
          method === 'project' ? { project: PROJECT_KEY } : { hash: HASH },
        );
        expect(secretsIn(everyFrame(app))).toEqual([]);
      } finally {
        app.unmount();
      }
    },
  );
});
