import { readdirSync, readFileSync } from 'node:fs';
import { format } from 'node:util';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { startProxy } from '../test/proxy.js';
import { README_API_KEY, startReadmeApi } from '../test/readme-api.js';
import type { TestServer } from '../test/server.js';

const root = new URL('../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
const exampleFiles = readdirSync(new URL('examples/', root)).filter((name) => name.endsWith('.ts'));
/**
 * The quick start prints the demo's values of the mock @boomstream/mocks ships (which
 * this package cannot depend on: the mocks depend on it);
 * release/test/client-quick-start.test.ts runs it against that mock, as the README says.
 */
const ON_SHIPPED_MOCK = 'quick-start.ts';
const onReadmeApi = exampleFiles.filter((name) => name !== ON_SHIPPED_MOCK);

/** What an example promises to print: each `// → text`, in order. */
function promisedOutput(source: string): string[] {
  return [...source.matchAll(/\/\/ → (.*)$/gm)].map((match) => match[1]!.trimEnd());
}

const ENV = ['BOOMSTREAM_API_KEY', 'BOOMSTREAM_BASE_URL', 'HTTPS_PROXY'] as const;
const savedEnv = ENV.map((name) => process.env[name]);
/** What each example did, for the checks after the runs. */
const runs = new Map<string, { printed: string[]; debugged: string[]; tunnels: number }>();
let api: TestServer;
let proxy: Awaited<ReturnType<typeof startProxy>>;

beforeAll(async () => {
  api = await startReadmeApi();
  proxy = await startProxy();
  process.env['BOOMSTREAM_API_KEY'] = README_API_KEY;
  process.env['BOOMSTREAM_BASE_URL'] = api.url;
  process.env['HTTPS_PROXY'] = proxy.url;
});

afterAll(async () => {
  ENV.forEach((name, i) => {
    const value = savedEnv[i];
    if (value === undefined) Reflect.deleteProperty(process.env, name);
    else process.env[name] = value;
  });
  await proxy.close();
  await api.close();
});

describe('the README', () => {
  it('shows every example file, as it is', () => {
    const shown = [
      ...readme.matchAll(/<!-- example: examples\/(.+?) -->\n\n```ts\n([\s\S]*?)```/g),
    ];
    expect(shown.map((match) => match[1]).sort()).toEqual([...exampleFiles].sort());
    for (const [, name, code] of shown) {
      expect(code, name).toBe(readFileSync(new URL(`examples/${name}`, root), 'utf8'));
    }
  });

  it.each(onReadmeApi)('examples/%s prints what its comments say', async (name) => {
    const source = readFileSync(new URL(`examples/${name}`, root), 'utf8');
    const run = {
      printed: [] as string[],
      debugged: [] as string[],
      tunnels: proxy.tunnels.length,
    };
    runs.set(name, run);
    const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      run.printed.push(format(...args));
    });
    const debug = vi.spyOn(console, 'debug').mockImplementation((...args: unknown[]) => {
      run.debugged.push(format(...args));
    });
    try {
      await import(/* @vite-ignore */ new URL(`examples/${name}`, root).href);
    } finally {
      log.mockRestore();
      debug.mockRestore();
    }
    run.tunnels = proxy.tunnels.length - run.tunnels;
    expect(promisedOutput(source).length).toBeGreaterThan(0);
    expect(run.printed).toEqual(promisedOutput(source));
  });

  it('the proxy example goes through the proxy', () => {
    expect(runs.get('proxy.ts')?.tunnels).toBeGreaterThan(0);
  });

  it('the options example logs one redacted line per attempt', () => {
    expect(runs.get('call-options.ts')?.debugged).toEqual([
      expect.stringMatching(
        /^boomstream project attempt 1\/1: GET http:\S+\?group=day&apikey=\*\*\* → HTTP 200 in \d+ ms$/,
      ),
    ]);
  });
});
