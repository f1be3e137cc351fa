import { moscowToday } from '@boomstream/spec';

import { clientSource } from './client-source.js';
import { deferredSource } from './deferred-source.js';
import type { DataSource } from './source.js';

export interface ConnectOptions {
  /** Start the mock server in-process and read its demo data. */
  readonly demo: boolean;
  /** The API key for live mode (`BOOMSTREAM_API_KEY`). */
  readonly apiKey: string | undefined;
  /** The API prefix for live mode (`BOOMSTREAM_BASE_URL`); the client's default otherwise. */
  readonly baseUrl: string | undefined;
  /** Milliseconds one page may take, its retries included; the client's default when unset. */
  readonly pageTimeoutMs?: number | undefined;
  /** Retries of a transient failure; the client's default when unset. */
  readonly maxRetries?: number | undefined;
}

/**
 * The data source the app and the CLI use: the real API with a key, or the mock
 * server started in this process for demo data, at the real date and time: no
 * viewing or session from later today, which would be data from the future.
 */
export async function connect({
  demo,
  apiKey,
  baseUrl,
  pageTimeoutMs,
  maxRetries,
}: ConnectOptions): Promise<DataSource> {
  const patience = { pageTimeoutMs, maxRetries };
  if (demo || apiKey === undefined) {
    // Loaded only for demo data: the live path never pays for the mock's world.
    const { startMockServer } = await import('@boomstream/mocks/server');
    const now = new Date();
    const server = await startMockServer({ today: moscowToday(now), now });
    const info = {
      mode: 'demo',
      baseUrl: server.url,
      demo: server.demo,
      secrets: [server.demo.apiKey],
      close: () => server.close(),
    } as const;
    // The client loads with the first request: the UI does not wait for it.
    return deferredSource(info, async () => {
      const { BoomstreamClient } = await import('@boomstream/client');
      const client = new BoomstreamClient({
        apiKey: server.demo.apiKey,
        baseUrl: server.url,
        ...patience,
      });
      return clientSource(client, info);
    });
  }
  // Created now: a bad key or URL is an error before the UI starts.
  const { BoomstreamClient } = await import('@boomstream/client');
  const client = new BoomstreamClient({
    apiKey,
    ...(baseUrl !== undefined && { baseUrl }),
    ...patience,
  });
  return clientSource(client, {
    mode: 'live',
    demo: undefined,
    secrets: [apiKey],
    close: () => Promise.resolve(),
  });
}
