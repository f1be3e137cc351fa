/**
 * The document as a user of @hey-api/openapi-ts (its fetch client) meets it. tsc compiles
 * this file against the SDK generated at test time (every `@ts-expect-error` line must be
 * an error), and src/generated-clients.test.ts calls the mock through `callMethods`.
 */
import { createClient, createConfig, type Client } from '../generated/hey-api/client/index.js';
import { getSessions, getStats } from '../generated/hey-api/sdk.gen.js';
import { answerOf, demoValues, type Answers, type Demo } from '../client-calls.js';

/** The key as the `apikey` query parameter, the document's first security scheme. */
function clientFor(baseUrl: string, apiKey: string): Client {
  return createClient(
    createConfig({ baseUrl, auth: (scheme) => (scheme.in === 'query' ? apiKey : undefined) }),
  );
}

/** `project`, `target` and `session`, each through the SDK function the document gives it; XML read as text. */
export async function callMethods(baseUrl: string, demo: Demo): Promise<Answers> {
  const client = clientFor(baseUrl, demo.apiKey);
  const { code, session } = demoValues(demo);
  const asText = { client, parseAs: 'text' } as const;
  const project = await getStats({ query: { group: 'day' }, ...asText });
  const target = await getStats({ query: { code }, ...asText });
  const sessions = await getSessions({ query: session, ...asText });
  return { project: answerOf(project), target: answerOf(target), session: answerOf(sessions) };
}

/** Never called: calls the generated SDK must refuse. */
export function refusedCalls(): void {
  // @ts-expect-error `hash` is required for sessions.
  void getSessions({ query: { code: 'AbCd1234' } });
  // @ts-expect-error `code` is required for sessions.
  void getSessions({ query: { hash: 'secret' } });
  // @ts-expect-error `group` is `day` or `hour`.
  void getStats({ query: { group: 'week' } });
}
