/** The @hey-api/openapi-ts recipe of packages/openapi/README.md: its SDK, one response interceptor. */
import { heyApiInterceptor } from '@boomstream/openapi/decode';

import { createClient, createConfig } from '../generated/hey-api/client/index.js';
import { getSessions, getStats } from '../generated/hey-api/sdk.gen.js';
import { demoValues, type Demo } from '../client-calls.js';
import { QUERIES, type RecipeAnswers } from './recipe-calls.js';

export async function decodedAnswers(baseUrl: string, demo: Demo): Promise<RecipeAnswers> {
  const client = createClient(
    createConfig({ baseUrl, auth: (scheme) => (scheme.in === 'query' ? demo.apiKey : undefined) }),
  );
  client.interceptors.response.use(heyApiInterceptor);

  const { code, session } = demoValues(demo);
  const project = await getStats({ client, query: QUERIES.project });
  const target = await getStats({ client, query: { code, ...QUERIES.target } });
  const sessions = await getSessions({ client, query: { ...session, ...QUERIES.session } });
  const failed = await getStats({ client, query: { code: QUERIES.missingCode } });
  return {
    project: project.data,
    target: target.data,
    session: sessions.data,
    failed: failed.error,
  };
}
