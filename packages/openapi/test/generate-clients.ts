import { mkdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { createClient } from '@hey-api/openapi-ts';
import { build } from '@kubb/core';
import { pluginClient } from '@kubb/plugin-client';
import { pluginOas } from '@kubb/plugin-oas';
import { pluginTs } from '@kubb/plugin-ts';
import openapiTS, { astToString } from 'openapi-typescript';
import { generate as orval } from 'orval';

import { openapiJsonPath, readOpenApiDocument } from '../src/index.js';

/** Where the clients go: gitignored, written anew on every run. */
export const generatedDir = new URL('generated/', import.meta.url);

/** The files of test/clients/ that generated code imports: orval's mutator, kubb's client. */
const clientsDir = new URL('clients/', import.meta.url);

/**
 * Generates, from the committed document, what the users of four mainstream generators
 * would: openapi-typescript's `paths`/`operations` types (for openapi-fetch),
 * @hey-api/openapi-ts's SDK with its fetch client, orval's fetch client with
 * `orvalMutator` as its mutator, and kubb's types and client functions with `kubbClient`
 * as their client, each configured as packages/openapi/README.md shows. orval builds its
 * URLs from the document's local mock server, its `port` set to `mockPort`.
 */
export async function generateClients(mockPort: string): Promise<void> {
  await rm(generatedDir, { recursive: true, force: true });
  const typesDir = new URL('openapi-typescript/', generatedDir);
  await mkdir(typesDir, { recursive: true });
  const types = astToString(await openapiTS((await readOpenApiDocument()) as never));
  await writeFile(new URL('schema.ts', typesDir), types);
  await createClient({
    input: openapiJsonPath,
    output: fileURLToPath(new URL('hey-api/', generatedDir)),
    plugins: ['@hey-api/client-fetch'],
    logs: { level: 'silent' },
  });
  await orval({
    input: { target: openapiJsonPath },
    output: {
      target: fileURLToPath(new URL('orval/boomstream.ts', generatedDir)),
      client: 'fetch',
      mode: 'single',
      baseUrl: { getBaseUrlFromSpecification: true, index: 1, variables: { port: mockPort } },
      override: {
        mutator: {
          path: fileURLToPath(new URL('orval-mutator.ts', clientsDir)),
          name: 'boomstreamFetch',
          extension: '.js',
        },
      },
    },
  });
  const kubb = await build({
    config: {
      input: { path: openapiJsonPath },
      // Absolute, and no `root`: kubb writes each file at its path relative to `root`, resolved
      // against the working directory; with the default `root` (that directory) the two agree.
      output: {
        path: fileURLToPath(new URL('kubb/', generatedDir)),
        clean: true,
        extension: { '.ts': '.js' },
      },
      plugins: [
        pluginOas(),
        pluginTs(),
        pluginClient({ importPath: '../../../clients/kubb-client.js', dataReturnType: 'data' }),
      ],
    },
  });
  const failure = kubb.error ?? [...kubb.failedPlugins][0]?.error;
  if (failure) throw failure;
}
