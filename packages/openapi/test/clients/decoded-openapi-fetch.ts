/** The openapi-fetch recipe of packages/openapi/README.md: openapi-typescript's types, one middleware. */
import { openapiFetchMiddleware } from '@boomstream/openapi/decode';
import createClient from 'openapi-fetch';

import type { paths } from '../generated/openapi-typescript/schema.js';
import { demoValues, type Demo } from '../client-calls.js';
import { QUERIES, type RecipeAnswers } from './recipe-calls.js';

export async function decodedAnswers(baseUrl: string, demo: Demo): Promise<RecipeAnswers> {
  const client = createClient<paths>({
    baseUrl,
    headers: { Authorization: `Bearer ${demo.apiKey}` },
  });
  client.use(openapiFetchMiddleware);

  const { code, session } = demoValues(demo);
  const project = await client.GET('/stats', { params: { query: QUERIES.project } });
  const target = await client.GET('/stats', { params: { query: { code, ...QUERIES.target } } });
  const sessions = await client.GET('/ppv/sessions', {
    params: { query: { ...session, ...QUERIES.session } },
  });
  const failed = await client.GET('/stats', { params: { query: { code: QUERIES.missingCode } } });

  return {
    project: project.data,
    target: target.data,
    session: sessions.data,
    failed: failed.error,
  };
}
