import type { ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';

import { xmlLayout } from '@boomstream/spec';

import type { MockFault } from './faults.js';

/** What the server is about to send. */
export interface Reply {
  readonly status: number;
  readonly body: string;
  readonly contentType?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export const XML_CONTENT_TYPE = 'application/xml; charset=utf-8';

/** What an nginx in front of an API shows when the API is down. */
const PROXY_ERROR_PAGE = `<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx</center>
</body>
</html>
`;

/** Statuses that never carry a body, so no length either (RFC 9110 §8.6): a `status` fault may ask for them. */
const BODILESS_STATUSES = new Set([204, 304]);

/** Sends a whole reply. Node leaves the body out of an answer to HEAD by itself. */
export function send(res: ServerResponse, reply: Reply): void {
  if (BODILESS_STATUSES.has(reply.status)) {
    res.writeHead(reply.status, reply.headers).end();
    return;
  }
  const body = Buffer.from(reply.body);
  res.writeHead(reply.status, {
    'content-type': reply.contentType ?? XML_CONTENT_TYPE,
    'content-length': body.length,
    ...reply.headers,
  });
  res.end(body);
}

/** Sends the headers announcing the whole body and only its first half. */
function sendHalf(res: ServerResponse, reply: Reply, then: () => void): void {
  const body = Buffer.from(reply.body);
  res.writeHead(reply.status, {
    'content-type': reply.contentType ?? XML_CONTENT_TYPE,
    'content-length': body.length,
  });
  res.write(body.subarray(0, Math.floor(body.length / 2)), then);
}

/** The reply a fault makes of the real one; `undefined` for faults that break the connection. */
function faulted(reply: Reply, fault: MockFault | undefined): Reply | undefined {
  switch (fault?.kind) {
    case undefined:
      return reply;
    case 'status':
      return {
        status: fault.status,
        body: `Mock fault: HTTP ${fault.status}\n`,
        contentType: 'text/plain',
      };
    case 'rate-limit':
      return {
        status: 429,
        body: 'Too Many Requests\n',
        contentType: 'text/plain',
        headers: { 'retry-after': String(fault.retryAfterSeconds) },
      };
    case 'html':
      return { status: 502, body: PROXY_ERROR_PAGE, contentType: 'text/html' };
    case 'malformed':
      return {
        ...reply,
        body: reply.body.replace(`</${xmlLayout.root}>`, `</${xmlLayout.root}x>`),
      };
    case 'truncate':
      return { ...reply, body: reply.body.slice(0, Math.floor(reply.body.length / 2)) };
    default:
      return undefined;
  }
}

/**
 * Sends `reply` as the faults ask: after the latency, changed or broken. A stalled
 * answer stays open until the client gives up or the server closes.
 */
export async function play(
  res: ServerResponse,
  reply: Reply,
  faults: readonly MockFault[],
  signal: AbortSignal,
): Promise<void> {
  const latency = faults.reduce((ms, fault) => (fault.kind === 'latency' ? ms + fault.ms : ms), 0);
  if (latency > 0) await delay(latency, undefined, { signal });
  const fault = faults.find(({ kind }) => kind !== 'latency');
  const changed = faulted(reply, fault);
  if (changed) {
    send(res, changed);
    return;
  }
  if (fault?.kind === 'reset') sendHalf(res, reply, () => res.socket?.resetAndDestroy());
  else sendHalf(res, reply, () => undefined);
}
