import { clientBindings } from './client-bindings.js';
import { fixtures } from './fixtures.js';
import { openapi } from './openapi.js';
import type { GeneratorOutput } from './output.js';
import { tuiRegistry } from './tui-registry.js';

/** Every generator's output, in a fixed order. */
export async function generateAll(): Promise<GeneratorOutput[]> {
  return [await clientBindings(), await openapi(), fixtures(), await tuiRegistry()];
}
