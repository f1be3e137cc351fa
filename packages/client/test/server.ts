import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the test server saw it. */
export interface SeenRequest {
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingMessage['headers'];
}

export type Handler = (
  request: SeenRequest,
  response: ServerResponse,
  raw: IncomingMessage,
) => void | Promise<void>;

/** A real `node:http` server on 127.0.0.1 that records every request and answers through `handler`. */
export interface TestServer {
  /** The API prefix to pass as `baseUrl`. */
  readonly url: string;
  readonly requests: SeenRequest[];
  /** Requests received whose answer has not finished. */
  readonly inFlight: () => number;
  /** Resolves once the server has seen `count` requests. */
  readonly waitForRequests: (count: number) => Promise<void>;
  readonly close: () => Promise<void>;
}

export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: SeenRequest[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  let inFlight = 0;
  const server = createServer((raw, response) => {
    const url = new URL(raw.url ?? '/', 'http://localhost');
    const seen = { path: url.pathname, query: url.searchParams, headers: raw.headers };
    requests.push(seen);
    inFlight += 1;
    let counted = true;
    const done = () => {
      if (counted) inFlight -= 1;
      counted = false;
    };
    response.on('close', done);
    for (const waiter of waiters.filter((w) => requests.length >= w.count)) waiter.resolve();
    void Promise.resolve(handler(seen, response, raw)).catch((error: unknown) => {
      response.destroy(error as Error);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api`,
    requests,
    inFlight: () => inFlight,
    waitForRequests: (count) =>
      requests.length >= count
        ? Promise.resolve()
        : new Promise((resolve) => waiters.push({ count, resolve })),
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

/** Answers XML with status 200. */
export function sendXml(response: ServerResponse, xml: string, status = 200): void {
  response.writeHead(status, { 'content-type': 'application/xml; charset=utf-8' });
  response.end(xml);
}
