// The subpath exports, as a user imports them: the error classes alone, the mock server alone.
import { BoomstreamClient, BoomstreamError as EntryError } from '@boomstream/client';
import { BoomstreamApiError, BoomstreamError } from '@boomstream/client/errors';
import { startMockServer } from '@boomstream/mocks/server';

const server = await startMockServer({ today: '2024-06-30' });
try {
  const client = new BoomstreamClient({ apiKey: 'not-a-key', baseUrl: server.url });
  const refused = await client.stats.project({}).catch((error) => error);
  process.stdout.write(
    JSON.stringify({
      sameClass: BoomstreamError === EntryError,
      apiError: refused instanceof BoomstreamApiError,
      demoKey: typeof server.demo.apiKey,
    }),
  );
} finally {
  await server.close();
}
