import { readFile } from 'node:fs/promises';

import { methods } from '@boomstream/spec';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { openapiYamlPath, readOpenApiDocument } from './index.js';

describe('the generated OpenAPI document', () => {
  it('says the same in JSON and in YAML', async () => {
    expect(parse(await readFile(openapiYamlPath, 'utf8'))).toEqual(await readOpenApiDocument());
  });

  it('is OpenAPI 3.1 with the package version and both paths of the spec', async () => {
    const document = await readOpenApiDocument();
    const { version } = JSON.parse(
      await readFile(new URL('../package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    expect(document).toMatchObject({ openapi: '3.1.0', info: { version } });
    expect(Object.keys(document['paths'] as object).sort()).toEqual(
      [...new Set(Object.values(methods).map((method) => method.path))].sort(),
    );
  });

  it('documents every parameter of every method, secrets as passwords', async () => {
    const paths = (await readOpenApiDocument())['paths'] as Record<
      string,
      { get: { parameters: { name: string; schema: { format?: string } }[] } }
    >;
    for (const method of Object.values(methods)) {
      const documented = paths[method.path]!.get.parameters;
      for (const [name, use] of Object.entries(method.params)) {
        const parameter = documented.find((candidate) => candidate.name === name);
        expect(parameter, `${method.name}.${name}`).toBeDefined();
        expect(parameter?.schema.format === 'password', name).toBe(use.param.secret !== undefined);
      }
    }
  });
});
