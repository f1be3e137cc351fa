import type { MethodName } from '@boomstream/spec';

import type { MethodMapping } from '../generators/openapi-operations.js';
import { readOpenApiDocument } from '../src/index.js';

/** The parts of an OpenAPI operation the tests read. */
export interface Operation {
  readonly operationId: string;
  readonly summary: string;
  readonly description: string;
  readonly tags: readonly string[];
  readonly servers?: unknown;
  readonly parameters: readonly {
    readonly name: string;
    readonly required: boolean;
    readonly description: string;
    readonly example?: unknown;
    readonly schema: Readonly<Record<string, unknown>>;
  }[];
  readonly responses: Readonly<
    Record<string, { content: Record<string, { examples: Record<string, { value: string }> }> }>
  >;
}

export interface Server {
  readonly url: string;
  readonly variables?: Readonly<Record<string, { readonly default: string }>>;
}

export interface OpenApiDocument {
  readonly servers: readonly Server[];
  readonly tags: readonly { readonly name: string }[];
  readonly 'x-boomstream-methods': Readonly<Record<string, MethodMapping>>;
  readonly paths: Readonly<Record<string, { readonly get: Operation; readonly servers?: unknown }>>;
  readonly components: { readonly schemas: Readonly<Record<string, unknown>> };
}

/** The document as the tests read it. */
export async function readDocument(): Promise<OpenApiDocument> {
  return (await readOpenApiDocument()) as unknown as OpenApiDocument;
}

/** Every GET operation with the path it is listed under. */
export function operationsOf(document: OpenApiDocument): { path: string; operation: Operation }[] {
  return Object.entries(document.paths).map(([path, item]) => ({ path, operation: item.get }));
}

/** The operation the document gives a method of the spec, by its `x-boomstream-methods` entry. */
export function operationOf(
  document: OpenApiDocument,
  method: MethodName,
): { path: string; operation: Operation } {
  const { operationId } = document['x-boomstream-methods'][method] ?? {};
  const found = operationsOf(document).find(
    ({ operation }) => operation.operationId === operationId,
  );
  if (!found) throw new Error(`the document gives ${method} no operation`);
  return found;
}

/**
 * The operationIds users of generated clients call: `project` and `target` are both
 * `GET /stats`, `session` is `GET /ppv/sessions`.
 */
export const OPERATION_IDS = {
  project: 'getStats',
  target: 'getStats',
  session: 'getSessions',
} as const satisfies Record<MethodName, string>;
