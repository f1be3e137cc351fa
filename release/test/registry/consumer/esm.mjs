import { BoomstreamClient } from '@boomstream/client';
import { startMockServer } from '@boomstream/mocks';
import { readOpenApiDocument } from '@boomstream/openapi';

import readAll from './read-all.cjs';

const read = await readAll({ BoomstreamClient, startMockServer, readOpenApiDocument });
process.stdout.write(JSON.stringify(read));
