import { readFile } from 'node:fs/promises';

import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { stringify } from 'yaml';

import type { GeneratorOutput } from '@boomstream/codegen';

import { httpOperations } from '../src/operations.js';
import { API_SERVERS, methodMappings, registerOperations, TAG } from './openapi-operations.js';

const DIR = 'packages/openapi';

const DESCRIPTION = `Viewing statistics of Boomstream's video platform: by project, by video, live stream or playlist, and by customer session.

Every input is a query parameter of a GET request. The API key goes in the \`apikey\` query parameter or in an \`Authorization: Bearer\` header; an explicit \`apikey\` wins.

Answers are XML with one \`<Response>\` root element; every value in them is text. Errors come back with HTTP 200 as well, as \`<Status>Failed</Status>\` with a \`<Message>\`: only \`Status\` tells success from failure. Dates in answers are \`DD.MM.YYYY\`, session times \`YYYY-MM-DD HH:mm:ss\`, both in Moscow time (UTC+03:00). \`time\` is milliseconds of viewing; \`time_dim\` the same in hours.`;

/** The OpenAPI 3.1 document, as JSON and YAML, with the version of `@boomstream/openapi`. */
export async function openapi(): Promise<GeneratorOutput> {
  const { version } = JSON.parse(
    await readFile(new URL('../package.json', import.meta.url), 'utf8'),
  ) as {
    version: string;
  };
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'apiKeyQuery', {
    type: 'apiKey',
    in: 'query',
    name: 'apikey',
    description: 'The API key as the `apikey` query parameter.',
  });
  registry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'The API key as `Authorization: Bearer <key>`.',
  });
  const operations = httpOperations();
  registerOperations(registry, operations);
  const {
    openapi: dialect,
    info,
    servers,
    security,
    tags,
    ...rest
  } = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Boomstream statistics API',
      version,
      description: DESCRIPTION,
      // The API is Boomstream's: questions about what it answers go to them.
      contact: { name: 'Boomstream', url: 'https://boomstream.com' },
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: API_SERVERS,
    security: [{ apiKeyQuery: [] }, { bearer: [] }],
    tags: [TAG],
  });
  // The mapping sits with the document's other overview parts, before the long ones.
  const document = {
    openapi: dialect,
    info,
    servers,
    security,
    tags,
    'x-boomstream-methods': methodMappings(operations),
    ...rest,
  };
  return {
    files: [
      { path: `${DIR}/openapi.json`, content: `${JSON.stringify(document, null, 2)}\n` },
      { path: `${DIR}/openapi.yaml`, content: stringify(document, { lineWidth: 0 }) },
    ],
    ownedDirs: [],
  };
}
