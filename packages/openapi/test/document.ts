import { readOpenApiDocument } from '../src/index.js';

/** The parts of an OpenAPI operation the tests read. */
export interface Operation {
  readonly operationId: string;
  readonly summary: string;
  readonly servers?: readonly { readonly url: string }[];
  readonly parameters: readonly {
    readonly name: string;
    readonly required: boolean;
    readonly schema: Readonly<Record<string, unknown>>;
  }[];
  readonly responses: Readonly<
    Record<string, { content: Record<string, { examples: Record<string, { value: string }> }> }>
  >;
}

export interface OpenApiDocument {
  readonly servers: readonly { readonly url: string }[];
  readonly paths: Readonly<Record<string, { readonly get: Operation }>>;
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

/** The operationId the document gives each method of the spec. */
export const OPERATION_IDS = {
  project: 'statsProject',
  target: 'statsTarget',
  session: 'statsSession',
} as const;
