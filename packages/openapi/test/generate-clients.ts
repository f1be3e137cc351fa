import { mkdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { createClient } from '@hey-api/openapi-ts';
import openapiTS, { astToString } from 'openapi-typescript';

import { openapiJsonPath, readOpenApiDocument } from '../src/index.js';

/** Where the clients go: gitignored, written anew on every run. */
export const generatedDir = new URL('generated/', import.meta.url);

/**
 * Generates, from the committed document, what the users of two mainstream generators
 * would: openapi-typescript's `paths`/`operations` types (for openapi-fetch) and
 * @hey-api/openapi-ts's SDK with its fetch client.
 */
export async function generateClients(): Promise<void> {
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
}
