// One process's first answer, as a user's script gets it: the installed client (its
// `dist`), a client from the environment (BOOMSTREAM_API_KEY, BOOMSTREAM_BASE_URL),
// one call. `client.bench.ts` times the whole process.
import { BoomstreamClient } from '@boomstream/client';

await new BoomstreamClient().stats.project({});
