import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

import { API_PREFIX, moscowToday } from '@boomstream/spec';

import { answerRequest } from '../answer/answer.js';
import { failedXml } from '../answer/xml.js';
import { AnswerCache } from './answer-cache.js';
import { createWorld, type Demo } from '../world/index.js';
import {
  FAULT_HEADER,
  FaultSchedule,
  parseFaults,
  type FaultRule,
  type MockFault,
} from './faults.js';
import { play, send, XML_CONTENT_TYPE, type Reply } from './respond.js';

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
  /** Faults on every request, or on the next `times`. Defaults to none. */
  readonly faults?: readonly FaultRule[];
}

export const MOCK_SERVER_DEFAULTS = {
  port: 0,
  host: '127.0.0.1',
  seed: 1,
  faults: [] as readonly FaultRule[],
} as const;

export interface MockServer {
  /** The API prefix to give a client as `baseUrl`, e.g. `http://127.0.0.1:4010/api` (the spec's `API_PREFIX`). */
  readonly url: string;
  /** Values that work with all three methods. */
  readonly demo: Demo;
  /** Stops listening and ends every open connection, stalled ones included. */
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
 * world, as the repository's `docs/api.md` describes it, with faults on request.
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const port = options.port ?? MOCK_SERVER_DEFAULTS.port;
  const host = options.host ?? MOCK_SERVER_DEFAULTS.host;
  const world = createWorld({
    seed: options.seed ?? MOCK_SERVER_DEFAULTS.seed,
    today: options.today ?? moscowToday(options.now),
    ...(options.now !== undefined && { now: options.now }),
  });
  const schedule = new FaultSchedule(options.faults ?? MOCK_SERVER_DEFAULTS.faults);
  const closing = new AbortController();
  const answers = new AnswerCache();

  /** The reply to a request and the faults to play on it. */
  function route(req: IncomingMessage): { reply: Reply; faults: MockFault[] } {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      const headers = { allow: 'GET, HEAD' };
      return { reply: { status: 405, body: failedXml('Method not allowed'), headers }, faults: [] };
    }
    const url = req.url ?? '/';
    if (url.length > MAX_URL_LENGTH) {
      return { reply: { status: 414, body: failedXml(URI_TOO_LONG) }, faults: [] };
    }
    let faults: MockFault[];
    try {
      faults = [...schedule.next(), ...parseFaults(String(req.headers[FAULT_HEADER] ?? ''))];
    } catch (error) {
      return { reply: { status: 400, body: failedXml((error as Error).message) }, faults: [] };
    }
    const mark = url.indexOf('?');
    const path = mark < 0 ? url : url.slice(0, mark);
    const query = new URLSearchParams(mark < 0 ? '' : url.slice(mark + 1));
    if (!path.startsWith(`${API_PREFIX}/`)) {
      return { reply: { status: 404, body: failedXml('Not found') }, faults };
    }
    const request = {
      path: path.slice(API_PREFIX.length),
      query,
      authorization: req.headers.authorization,
    };
    const key = AnswerCache.keyOf(request.path, query, request.authorization);
    const reply = answers.get(key, () => answerRequest(world, request));
    return { reply, faults };
  }

  const server = createServer((req, res) => {
    const { reply, faults } = route(req);
    play(res, reply, faults, closing.signal).catch((error: unknown) => {
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
    demo: world.demo,
    close: () =>
      new Promise<void>((resolve, reject) => {
        closing.abort();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      }),
  };
}
