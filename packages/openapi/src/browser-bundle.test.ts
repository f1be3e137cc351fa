import { methods } from '@boomstream/spec';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

import { SLOW_TEST_MS } from '../test/slow.js';
import type * as Decode from './decode.js';

/**
 * `@boomstream/openapi/decode` as a web app's bundler takes it: esbuild, `platform:
 * 'browser'`, from the built package (what users install). Node's built-ins and undici
 * are left external so that any import of them shows in the metafile instead of failing
 * the build.
 */
let metafile: Metafile;
let bundle: string;

beforeAll(async () => {
  const result = await build({
    stdin: {
      contents: "export * from '@boomstream/openapi/decode';",
      resolveDir: new URL('.', import.meta.url).pathname,
    },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
    external: ['node:*', 'undici', 'undici/*'],
  });
  metafile = result.metafile;
  bundle = result.outputFiles[0]?.text ?? '';
}, SLOW_TEST_MS);

describe('@boomstream/openapi/decode in a browser bundle', () => {
  it('imports no Node.js module and no undici, from any file it bundles', () => {
    const imported = Object.entries(metafile.inputs).flatMap(([file, { imports }]) =>
      imports.map(({ path }) => `${file} → ${path}`),
    );
    expect(imported.filter((line) => /→ (node:|undici)/.test(line))).toEqual([]);
    expect(
      Object.keys(metafile.inputs).filter((file) => /node_modules\/undici/.test(file)),
    ).toEqual([]);
  });

  it('decodes with the client’s own decoder (@boomstream/client/decode), not a copy', () => {
    const inputs = Object.keys(metafile.inputs);
    expect(inputs.some((file) => file.endsWith('client/dist/decode.js'))).toBe(true);
    expect(inputs.some((file) => file.endsWith('client/dist/client.js'))).toBe(false);
  });

  it('runs: the bundle, loaded as a module, decodes the reference’s project example', async () => {
    const url = `data:text/javascript;base64,${Buffer.from(bundle).toString('base64')}`;
    const { decodeAnswer } = (await import(/* @vite-ignore */ url)) as typeof Decode;
    expect(decodeAnswer(methods.project.example.response, 'getStats')).toMatchObject({
      Start: '01.01.2019',
      End: '10.05.2020',
      Items: [{ date: '23.12.2019', time: '965600', time_dim: '0.27 hours' }],
    });
  });
});
