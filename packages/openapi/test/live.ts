import type { OpenApiDocument } from './document.js';

/**
 * The URL the document gives an operation on the local mock (its second server),
 * pointed at a running mock server: the mock's origin, the document's path.
 */
export function mockUrlOf(
  document: OpenApiDocument,
  operationId: string,
  mockApiPrefix: string,
  query: Record<string, string>,
): URL {
  const [path, item] = Object.entries(document.paths).find(
    ([, candidate]) => candidate.get.operationId === operationId,
  ) ?? [undefined, undefined];
  const mock = (item?.get.servers ?? document.servers)[1];
  if (path === undefined || mock === undefined) throw new Error(`no mock URL for ${operationId}`);
  const url = new URL(new URL(`${mock.url}${path}`).pathname, mockApiPrefix);
  url.search = new URLSearchParams(query).toString();
  return url;
}
