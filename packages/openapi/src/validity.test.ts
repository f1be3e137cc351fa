import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

import SwaggerParser from '@apidevtools/swagger-parser';
import { validate } from '@scalar/openapi-parser';
import { describe, expect, it } from 'vitest';

import { redocly } from '../test/redocly.js';
import { spectralLint } from '../test/spectral.js';
import { SLOW_TEST_MS } from '../test/slow.js';
import { openapiJsonPath, openapiYamlPath } from './index.js';

const broken = fileURLToPath(new URL('../test/broken.yaml', import.meta.url));
const documents = [openapiJsonPath, openapiYamlPath].map((path) => [basename(path), path]);

// Each linter starts a CLI of its own; the parsers compile the OpenAPI schemas.
describe('independent tools', { timeout: SLOW_TEST_MS }, () => {
  it.each(documents)(
    'Redocly lint, recommended rules, finds no error and no warning in %s',
    async (_name, path) => {
      const { code, stdout } = await redocly(['lint', path, '--format=json']);
      const report = JSON.parse(stdout) as {
        totals: { errors: number; warnings: number };
        problems: { ruleId: string; message: string }[];
      };
      expect(report.problems).toEqual([]);
      expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
      expect(code).toBe(0);
    },
  );

  it('Redocly lint does report a broken document (the check has teeth)', async () => {
    const { code, stdout } = await redocly(['lint', 'test/broken.yaml', '--format=json']);
    const report = JSON.parse(stdout) as { problems: { ruleId: string }[] };
    expect(report.problems.map(({ ruleId }) => ruleId)).toEqual(
      expect.arrayContaining([
        'operation-operationId-unique',
        'operation-summary',
        'struct',
        'no-invalid-parameter-examples',
      ]),
    );
    expect(code).not.toBe(0);
  });

  it.each(documents)(
    'Spectral lint, spectral:oas without the XML-example rule, finds nothing in %s',
    async (_name, path) => {
      expect(await spectralLint(path)).toEqual({ code: 0, results: [] });
    },
  );

  it('Spectral lint with all of spectral:oas reports only XML examples of the document, the rule .spectral.yaml turns off', async () => {
    const { results } = await spectralLint(openapiJsonPath, 'test/spectral-oas.yaml');
    expect(results.length).toBeGreaterThan(0);
    for (const { code, path } of results) {
      expect(code).toBe('oas3-valid-media-example');
      expect(path.slice(-5, -2)).toEqual(['content', 'application/xml', 'examples']);
    }
  });

  it('Spectral lint does report a broken document (the check has teeth)', async () => {
    const { code, results } = await spectralLint(broken);
    expect(results.map((result) => result.code)).toEqual(
      expect.arrayContaining([
        'operation-operationId-unique',
        'operation-tags',
        'info-contact',
        'oas3-schema',
      ]),
    );
    expect(code).not.toBe(0);
  });

  it.each(documents)('swagger-parser validates %s', async (_name, path) => {
    const api = await SwaggerParser.validate(path);
    expect(api).toMatchObject({ openapi: '3.1.0' });
  });

  it('swagger-parser rejects a broken document (the check has teeth)', async () => {
    await expect(SwaggerParser.validate(broken)).rejects.toThrow(/description/);
  });

  it.each(documents)('@scalar/openapi-parser validates %s with no error', async (_name, path) => {
    const result = await validate(await readFile(path, 'utf8'));
    expect(result).toMatchObject({ valid: true, errors: [], version: '3.1' });
  });

  it('@scalar/openapi-parser rejects a broken document (the check has teeth)', async () => {
    const result = await validate(await readFile(broken, 'utf8'));
    expect(result.valid).toBe(false);
    expect(result.errors?.map(({ message }) => message)).toEqual(
      expect.arrayContaining([expect.stringContaining("required property 'description'")]),
    );
  });
});
