/**
 * The mocks' generator: the fixtures, answered by the fixture world. Runs after
 * the spec's (`npm run generate`); `-- --check` writes nothing and fails naming
 * each stale, missing or unexpected file.
 */
import { runGenerators } from '@boomstream/codegen';

import { fixtures } from './fixtures.js';

await runGenerators('@boomstream/mocks', [fixtures()]);
