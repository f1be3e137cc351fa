/** The orval recipe of packages/openapi/README.md: its fetch client, `orvalMutator` as the mutator (orval-mutator.ts). */
import { getSessions, getStats } from '../generated/orval/boomstream.js';
import { demoValues, type Demo } from '../client-calls.js';
import { QUERIES, type RecipeAnswers } from './recipe-calls.js';

/** orval builds its URLs from the document's mock server (port set at generation), so it takes no base URL. */
export async function decodedAnswers(demo: Demo): Promise<RecipeAnswers> {
  const headers = { Authorization: `Bearer ${demo.apiKey}` };
  const { code, session } = demoValues(demo);
  const project = await getStats(QUERIES.project, { headers });
  const target = await getStats({ code, ...QUERIES.target }, { headers });
  const sessions = await getSessions({ ...session, ...QUERIES.session }, { headers });
  const failed = await getStats({ code: QUERIES.missingCode }, { headers }).catch(
    (error: unknown) => error,
  );
  return { project: project.data, target: target.data, session: sessions.data, failed };
}
