/**
 * The client's generator: its typed method bindings, one per method of the spec.
 * `npm run generate` runs it with the other packages' generators; with `-- --check`
 * it writes nothing and fails, naming each stale, missing or unexpected file.
 */
import { runGenerators } from '@boomstream/codegen';

import { clientBindings } from './client-bindings.js';

await runGenerators('@boomstream/client', [await clientBindings()]);
