/** The kubb recipe of packages/openapi/README.md: its client functions, `kubbClient` as their client (kubb-client.ts). */
import { getSessions } from '../generated/kubb/clients/getSessions.js';
import { getStats } from '../generated/kubb/clients/getStats.js';
import { demoValues, type Demo } from '../client-calls.js';
import { QUERIES, type RecipeAnswers } from './recipe-calls.js';

export async function decodedAnswers(baseURL: string, demo: Demo): Promise<RecipeAnswers> {
  const config = { baseURL, headers: { Authorization: `Bearer ${demo.apiKey}` } };
  const { code, session } = demoValues(demo);
  const project = await getStats(QUERIES.project, config);
  const target = await getStats({ code, ...QUERIES.target }, config);
  const sessions = await getSessions({ ...session, ...QUERIES.session }, config);
  const failed = await getStats({ code: QUERIES.missingCode }, config).catch(
    (error: unknown) => error,
  );
  return { project, target, session: sessions, failed };
}
