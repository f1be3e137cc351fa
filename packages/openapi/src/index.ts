/**
 * @boomstream/openapi — the OpenAPI 3.1 document of Boomstream's statistics API,
 * generated from @boomstream/spec. The files themselves are exported too:
 * `@boomstream/openapi/openapi.json` and `@boomstream/openapi/openapi.yaml`.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** Absolute paths of the document, as JSON and as YAML. */
export const openapiJsonPath = fileURLToPath(new URL('../openapi.json', import.meta.url));
export const openapiYamlPath = fileURLToPath(new URL('../openapi.yaml', import.meta.url));

/** The document, parsed. A fresh copy each call: callers may change it. */
export async function readOpenApiDocument(): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(openapiJsonPath, 'utf8')) as Record<string, unknown>;
}
