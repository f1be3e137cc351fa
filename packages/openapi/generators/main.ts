/**
 * The OpenAPI document's generator: `openapi.json` and `openapi.yaml` from the spec.
 * `npm run generate` runs it with the other packages' generators; with `-- --check`
 * it writes nothing and fails, naming each stale, missing or unexpected file.
 */
import { runGenerators } from '@boomstream/codegen';

import { openapi } from './openapi.js';

await runGenerators('@boomstream/openapi', [await openapi()]);
