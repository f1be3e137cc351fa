import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import openapiTS, { astToString } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';

import { readOpenApiDocument } from './index.js';

const typesDir = new URL('../test/types/', import.meta.url);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

describe('a second generator, openapi-typescript, reading the document', () => {
  it('arrives at the same query parameter types as z.input of the spec', async () => {
    const ast = await openapiTS((await readOpenApiDocument()) as never);
    const types = astToString(ast);
    expect(types).toContain('statsProject');
    await mkdir(new URL('generated/', typesDir), { recursive: true });
    await writeFile(new URL('generated/openapi.ts', typesDir), types);

    // test/types/query-types.ts compares the two; tsc fails on any difference.
    const run = promisify(execFile)(process.execPath, [tsc, '-p', fileURLToPath(typesDir)]);
    await expect(run).resolves.toMatchObject({ stdout: '', stderr: '' });
  });
});
