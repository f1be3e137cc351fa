import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { stringify } from 'yaml';
import { z } from 'zod';

import { methods, type MethodSpec, type ParamUse } from '../src/index.js';
import { ROOT, type GeneratorOutput } from './output.js';

const DIR = 'packages/openapi';

function queryParam(name: string, use: ParamUse): z.ZodType {
  const { param, serverDefault, required } = use;
  const schema = param.schema.openapi({
    description: param.description,
    ...(serverDefault && 'value' in serverDefault && { default: serverDefault.value }),
    ...(param.secret && { format: 'password' }),
    ...(param.example !== undefined && { example: param.example }),
    param: { name, in: 'query' },
  });
  return required ? schema : schema.optional();
}

function queryOf(method: MethodSpec): z.ZodObject {
  return z.object(
    Object.fromEntries(
      Object.entries(method.params).map(([name, use]) => [name, queryParam(name, use)]),
    ),
  );
}

/** The OpenAPI 3.1 document, as JSON and YAML. Issue-level detail (response schemas) grows here. */
export async function openapi(): Promise<GeneratorOutput> {
  const { version } = JSON.parse(await readFile(join(ROOT, DIR, 'package.json'), 'utf8')) as {
    version: string;
  };
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'apiKeyQuery', {
    type: 'apiKey',
    in: 'query',
    name: 'apikey',
  });
  registry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  const xml = (method: MethodSpec) => ({
    200: {
      description: `${method.title}. Errors also answer HTTP 200, with <Status>Failed</Status> and a <Message>.`,
      content: {
        'application/xml': {
          schema: { type: 'string' as const },
          example: method.example.response,
        },
      },
    },
  });
  registry.registerPath({
    method: 'get',
    path: '/stats',
    operationId: 'stats',
    summary: `${methods.project.title}; with \`code\`, ${methods.target.title.toLowerCase()}`,
    request: { query: queryOf(methods.project).extend(queryOf(methods.target).partial().shape) },
    responses: xml(methods.project),
  });
  registry.registerPath({
    method: 'get',
    path: methods.session.path,
    operationId: 'statsSession',
    summary: methods.session.title,
    request: { query: queryOf(methods.session) },
    responses: xml(methods.session),
  });
  const document = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Boomstream statistics API',
      version,
      description:
        "Viewing statistics of Boomstream's video platform: by project, by media and by customer session.",
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [
      { url: 'https://boomstream.com/api', description: 'Boomstream' },
      { url: 'http://127.0.0.1:4010/api', description: 'Local mock (boomstream-mock)' },
    ],
    security: [{ apiKeyQuery: [] }, { bearer: [] }],
  });
  return {
    files: [
      { path: `${DIR}/openapi.json`, content: `${JSON.stringify(document, null, 2)}\n` },
      { path: `${DIR}/openapi.yaml`, content: stringify(document, { lineWidth: 0 }) },
    ],
    ownedDirs: [],
  };
}
