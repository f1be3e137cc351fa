import { BoomstreamClient, type ClientOptions } from '@boomstream/client';
import { request } from 'undici';

import { createMockAgent } from '../src/agent/mock-agent.js';
import type { MockControls } from '../src/core/mock-api.js';
import type { FaultRule } from '../src/server/faults.js';
import { startMockServer } from '../src/server/server.js';

/** A running mock, whichever way it is reached, and what a test needs to talk to it. */
export interface RunningMock {
  readonly mock: MockControls;
  /** A client with the demo key, reaching this mock. */
  client(options?: ClientOptions): BoomstreamClient;
  /** A raw GET under the API prefix, e.g. `/stats?…`. */
  get(
    path: string,
    headers?: Record<string, string>,
  ): Promise<{ status: number; headers: Record<string, unknown>; body: string }>;
  close(): Promise<void>;
}

export interface MockStart {
  readonly seed?: number;
  readonly today?: string;
  readonly faults?: readonly FaultRule[];
  readonly lenientParams?: boolean;
}

/** The real HTTP server and the socket-less agent, for tests that must hold for both. */
export const transports: readonly {
  name: string;
  start(options: MockStart): Promise<RunningMock>;
}[] = [
  {
    name: 'server',
    async start(options) {
      const server = await startMockServer(options);
      return {
        mock: server,
        client: (clientOptions = {}) =>
          new BoomstreamClient({
            apiKey: server.demo.apiKey,
            baseUrl: server.url,
            ...clientOptions,
          }),
        async get(path, headers = {}) {
          const response = await request(`${server.url}${path}`, { headers });
          return {
            status: response.statusCode,
            headers: response.headers,
            body: await response.body.text(),
          };
        },
        close: () => server.close(),
      };
    },
  },
  {
    name: 'agent',
    start(options) {
      const agent = createMockAgent(options);
      return Promise.resolve({
        mock: agent,
        client: (clientOptions = {}) =>
          new BoomstreamClient({
            apiKey: agent.demo.apiKey,
            baseUrl: agent.baseUrl,
            dispatcher: agent,
            ...clientOptions,
          }),
        async get(path, headers = {}) {
          const response = await request(`${agent.baseUrl}${path}`, { headers, dispatcher: agent });
          return {
            status: response.statusCode,
            headers: response.headers,
            body: await response.body.text(),
          };
        },
        close: () => agent.close(),
      });
    },
  },
];
