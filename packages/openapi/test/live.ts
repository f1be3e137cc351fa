import type { MethodName } from '@boomstream/spec';

import { operationOf, type OpenApiDocument } from './document.js';

/**
 * The document's local mock server (its second) with its `{port}` set to a running
 * mock's port: the base URL a user of the document gives a generated client.
 */
export function mockServerUrl(document: OpenApiDocument, runningMockUrl: string): string {
  const mock = document.servers[1];
  if (!mock) throw new Error('the document lists no local mock server');
  return mock.url.replace(/\{(\w+)\}/g, (_match, name: string) => {
    if (name === 'port') return new URL(runningMockUrl).port;
    const value = mock.variables?.[name]?.default;
    if (value === undefined) throw new Error(`server variable ${name} has no default`);
    return value;
  });
}

/** The URL the document gives a method on a running mock: its mock server, the operation's path. */
export function mockUrlOf(
  document: OpenApiDocument,
  method: MethodName,
  runningMockUrl: string,
  query: Record<string, string>,
): URL {
  const url = new URL(
    `${mockServerUrl(document, runningMockUrl)}${operationOf(document, method).path}`,
  );
  url.search = new URLSearchParams(query).toString();
  return url;
}
