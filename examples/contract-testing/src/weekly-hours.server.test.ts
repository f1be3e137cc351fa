import { BoomstreamClient } from '@boomstream/client';
import { startMockServer, type MockServer } from '@boomstream/mocks';

import { today, weeklyHoursContract } from './weekly-hours.contract.js';

// A real HTTP server on a free port of 127.0.0.1: the client's whole network path runs.
let server: MockServer;

weeklyHoursContract('mock server', {
  async start() {
    server = await startMockServer({ seed: 42, today });
    return {
      mock: server,
      client: (options) =>
        new BoomstreamClient({ apiKey: server.demo.apiKey, baseUrl: server.url, ...options }),
    };
  },
  stop: () => server.close(),
});
