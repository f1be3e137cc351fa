import { methods, type MethodName } from '@boomstream/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { operationOf, readDocument, type OpenApiDocument } from '../test/document.js';
import { startPrism, type PrismMock } from '../test/prism.js';
import { SLOW_TEST_MS } from '../test/slow.js';
import { openapiJsonPath } from './index.js';

let prism: PrismMock;
let document: OpenApiDocument;

beforeAll(async () => {
  document = await readDocument();
  prism = await startPrism(openapiJsonPath);
}, SLOW_TEST_MS);
afterAll(() => prism.stop());

/** Values that fit the document; Prism checks requests against it, not against any data. */
const queries: Record<MethodName, Record<string, string>> = {
  project: { apikey: 'demo-key', start: '2024-01-01', end: '2024-01-31' },
  target: { apikey: 'demo-key', code: 'AbCd1234' },
  session: { apikey: 'demo-key', code: 'AbCd1234', hash: 'customer-password' },
};

async function ask(
  path: string,
  query: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<{ status: number; type: string | null; body: string }> {
  const url = new URL(path, prism.origin);
  url.search = new URLSearchParams(query).toString();
  const response = await fetch(url, { headers: { accept: 'application/xml', ...headers } });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: await response.text(),
  };
}

describe('prism mock serving the document', () => {
  it.each(Object.keys(methods) as MethodName[])(
    'answers %s at its real path with its reference example (Prefer: example=<method>)',
    async (name) => {
      const { path } = operationOf(document, name);
      const answer = await ask(path, queries[name], { prefer: `example=${name}` });
      expect(answer).toEqual({
        status: 200,
        type: 'application/xml',
        body: methods[name].example.response,
      });
    },
    SLOW_TEST_MS,
  );

  it('answers a project request, one without code, with the project example by default', async () => {
    const answer = await ask('/stats', queries.project);
    expect(answer.status).toBe(200);
    expect(answer.body).toBe(methods.project.example.response);
  });

  it('refuses a session request without hash, as the document requires it (422)', async () => {
    const { hash: _hash, ...withoutHash } = queries.session;
    expect((await ask('/ppv/sessions', withoutHash)).status).toBe(422);
  });
});
