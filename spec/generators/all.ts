import type { GeneratorOutput } from '@boomstream/codegen';

import { clientBindings } from './client-bindings.js';
import { openapi } from './openapi.js';

/** What the spec's generators emit, in a fixed order: the client's bindings and the OpenAPI document. */
export async function generateAll(): Promise<GeneratorOutput[]> {
  return [await clientBindings(), await openapi()];
}
