/**
 * The spec's generators: `npm run generate` (which runs these, then the mocks'
 * fixtures) writes their files; with `-- --check` it writes nothing and fails,
 * naming each stale, missing or unexpected file.
 */
import { runGenerators } from '@boomstream/codegen';

import { generateAll } from './all.js';

await runGenerators('@boomstream/spec', await generateAll());
