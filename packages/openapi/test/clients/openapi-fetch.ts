/**
 * The document as a user of openapi-typescript + openapi-fetch meets it. tsc compiles this
 * file against the types generated at test time (every `@ts-expect-error` line must be an
 * error), and src/generated-clients.test.ts calls the mock through `callMethods`.
 */
import createClient from 'openapi-fetch';

import type { paths } from '../generated/openapi-typescript/schema.js';
import { answerOf, demoValues, type Answers, type Demo } from '../client-calls.js';

type Client = ReturnType<typeof createClient<paths>>;

/** The key as a bearer token, the document's second security scheme. */
function clientFor(baseUrl: string, apiKey: string): Client {
  return createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${apiKey}` } });
}

/** `project`, `target` and `session`, each through the operation the document gives it; XML read as text. */
export async function callMethods(baseUrl: string, demo: Demo): Promise<Answers> {
  const client = clientFor(baseUrl, demo.apiKey);
  const { code, session } = demoValues(demo);
  const asText = { parseAs: 'text' } as const;
  const project = await client.GET('/stats', { params: { query: { group: 'day' } }, ...asText });
  const target = await client.GET('/stats', { params: { query: { code } }, ...asText });
  const sessions = await client.GET('/ppv/sessions', { params: { query: session }, ...asText });
  return { project: answerOf(project), target: answerOf(target), session: answerOf(sessions) };
}

/** Never called: calls the generated types must refuse. */
export function refusedCalls(client: Client): void {
  const sessions = '/ppv/sessions';
  // @ts-expect-error `hash` is required for sessions.
  void client.GET(sessions, { params: { query: { code: 'AbCd1234' } } });
  // @ts-expect-error `code` is required for sessions.
  void client.GET(sessions, { params: { query: { hash: 'secret' } } });
  // @ts-expect-error `group` is `day` or `hour`.
  void client.GET('/stats', { params: { query: { group: 'week' } } });
}
