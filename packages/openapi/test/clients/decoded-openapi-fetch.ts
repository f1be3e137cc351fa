/** The openapi-fetch recipe of packages/openapi/README.md: openapi-typescript's types, one middleware. */
import { openapiFetchMiddleware } from '@boomstream/openapi/decode';
import createClient from 'openapi-fetch';

import type { components, paths } from '../generated/openapi-typescript/schema.js';
import { demoValues, type Demo } from '../client-calls.js';
import { QUERIES, type RecipeAnswers } from './recipe-calls.js';

type Schemas = components['schemas'];

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

  // The data is typed as the document's answer, and its values read as such.
  const page: Schemas['StatsResponse'] | Schemas['FailedResponse'] | undefined = project.data;
  const firstTime: string | undefined =
    page?.Status === 'Failed' ? undefined : page?.Items?.[0]?.time;
  void firstTime;
  return {
    project: project.data,
    target: target.data,
    session: sessions.data,
    failed: failed.error,
  };
}
