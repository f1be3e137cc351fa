import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

import { API_PREFIX, moscowToday } from '@boomstream/spec';

import { parseQuirks, type QuirkId } from '../answer/quirks.js';
import { failedXml } from '../answer/xml.js';
import type { Delivery } from '../core/delivery.js';
import { MockApi, type MockControls } from '../core/mock-api.js';
import { createWorld } from '../world/index.js';
import { FAULT_HEADER, type FaultRule } from './faults.js';
import { play, send, XML_CONTENT_TYPE } from './respond.js';

export interface MockServerOptions {
  /** The port to listen on. Defaults to 0: any free port. */
  readonly port?: number;
  /** The interface to listen on. Defaults to `127.0.0.1`. */
  readonly host?: string;
  /** The world's seed. Defaults to 1. */
  readonly seed?: number;
  /** Moscow's today as YYYY-MM-DD; nothing is watched after it. Defaults to the day of `now`, else the real one at start. */
  readonly today?: string;
  /**
   * The instant inside today after which nothing is watched and no session is
   * created (pass `new Date()` for a live demo). Defaults to the end of today: the whole day.
   */
  readonly now?: Date;
  /** Faults on every request, or on the next `times`; of every method, or of `method`. Defaults to none. */
  readonly faults?: readonly FaultRule[];
  /**
   * Assumptions of the spec the server breaks on purpose, by id (`moscow-time`,
   * `session-spellings`, …): to show that `boomstream verify` names them. Defaults to none.
   */
  readonly quirks?: readonly QuirkId[];
  /**
   * Answer a repeated parameter from its first value and ignore unknown ones (`nonce`,
   * `_`), for code that sends them to a lenient server. Defaults to false: the mock
   * refuses both, HTTP 200 `Failed` with `Invalid parameter: <name>`, the first such
   * name in the query's order.
   */
  readonly lenientParams?: boolean;
}

export const MOCK_SERVER_DEFAULTS = {
  port: 0,
  host: '127.0.0.1',
  seed: 1,
  faults: [] as readonly FaultRule[],
  lenientParams: false,
} as const;

export interface MockServer extends MockControls {
  /** The API prefix to give a client as `baseUrl`, e.g. `http://127.0.0.1:4011/api` (the spec's `API_PREFIX`). */
  readonly url: string;
  /**
   * Stops listening and ends every open connection, stalled ones included; then
   * throws `MockHandlerError` if a handler went wrong since the last `reset()`.
   */
  close(): Promise<void>;
}

/** Longer request lines get 414, as a web server in front of an API would answer. */
export const MAX_URL_LENGTH = 8192;

const URI_TOO_LONG = 'URI too long';

/** Answers a request line the HTTP parser could not take: too long (414) or broken (400). */
function onClientError(error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Socket) {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const head = error.rawPacket?.toString('latin1') ?? '';
  const lineTooLong =
    error.code === 'HPE_HEADER_OVERFLOW' && !head.slice(0, MAX_URL_LENGTH).includes('\r\n');
  const [status, text] = lineTooLong ? [414, 'URI Too Long'] : [400, 'Bad Request'];
  const body = failedXml(lineTooLong ? URI_TOO_LONG : 'Bad request');
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nconnection: close\r\ncontent-type: ${XML_CONTENT_TYPE}\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

/**
 * Starts a real HTTP server answering Boomstream's statistics API from a seeded
 * world, as the spec describes Boomstream's wire, with per-test overrides and faults.
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const port = options.port ?? MOCK_SERVER_DEFAULTS.port;
  const host = options.host ?? MOCK_SERVER_DEFAULTS.host;
  const world = createWorld({
    seed: options.seed ?? MOCK_SERVER_DEFAULTS.seed,
    today: options.today ?? moscowToday(options.now),
    ...(options.now !== undefined && { now: options.now }),
  });
  const api = new MockApi(
    world,
    API_PREFIX,
    options.faults ?? MOCK_SERVER_DEFAULTS.faults,
    parseQuirks(options.quirks ?? []),
    { lenientParams: options.lenientParams ?? MOCK_SERVER_DEFAULTS.lenientParams },
  );
  const closing = new AbortController();

  /** What to answer a request: the API's answer, unless the request line is too long. */
  function route(req: IncomingMessage): Delivery {
    const url = req.url ?? '/';
    if (url.length > MAX_URL_LENGTH && (req.method === 'GET' || req.method === 'HEAD')) {
      return { reply: { status: 414, body: failedXml(URI_TOO_LONG) }, latencyMs: 0 };
    }
    return api.respond({
      method: req.method ?? 'GET',
      target: url,
      authorization: req.headers.authorization,
      faultHeader: String(req.headers[FAULT_HEADER] ?? ''),
    });
  }

  const server = createServer((req, res) => {
    play(res, route(req), closing.signal).catch((error: unknown) => {
      // A latency cut short by close() needs no answer; anything else is a bug in the mock.
      if (closing.signal.aborted || res.headersSent) return;
      send(res, { status: 500, body: failedXml(`Mock server error: ${String(error)}`) });
    });
  });
  server.on('clientError', onClientError);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${urlHost}:${address.port}${API_PREFIX}`,
    world: api.world,
    demo: api.demo,
    use: (handlers, useOptions) => api.use(handlers, useOptions),
    reset: () => {
      api.reset();
    },
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        closing.abort();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      });
      api.throwErrors();
    },
  };
}
