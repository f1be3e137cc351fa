import { fileURLToPath } from 'node:url';

import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';

import { redocly } from '../test/redocly.js';
import { openapiJsonPath, openapiYamlPath } from './index.js';

describe('independent tools', () => {
  it.each([openapiJsonPath, openapiYamlPath])(
    'Redocly lint, recommended rules, finds no error and no warning in %s',
    async (path) => {
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
      expect.arrayContaining(['operation-operationId-unique', 'operation-summary', 'struct']),
    );
    expect(code).not.toBe(0);
  });

  it.each([openapiJsonPath, openapiYamlPath])('swagger-parser validates %s', async (path) => {
    const api = await SwaggerParser.validate(path);
    expect(api).toMatchObject({ openapi: '3.1.0' });
  });

  it('swagger-parser rejects a broken document (the check has teeth)', async () => {
    await expect(
      SwaggerParser.validate(fileURLToPath(new URL('../test/broken.yaml', import.meta.url))),
    ).rejects.toThrow(/description/);
  });
});
