import { BoomstreamClient } from '@boomstream/client';
import type { MockServer } from '@boomstream/mocks';

import { clientSource } from '../src/data/client-source.js';
import type { DataSource } from '../src/data/source.js';

/**
 * The app's data source on the real client against `server`: in demo mode with the
 * server's demo data (its audit customers too), or live, as with a key; closing it
 * stops the server.
 */
export function serverSource(
  server: MockServer,
  { demo, maxRetries }: { readonly demo: boolean; readonly maxRetries?: number },
): DataSource {
  const client = new BoomstreamClient({
    apiKey: server.demo.apiKey,
    baseUrl: server.url,
    ...(maxRetries !== undefined && { maxRetries }),
  });
  return clientSource(client, {
    mode: demo ? 'demo' : 'live',
    demo: demo ? server.demo : undefined,
    secrets: [server.demo.apiKey],
    close: () => server.close(),
  });
}
