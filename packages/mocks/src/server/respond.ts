import type { ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';

import type { Delivery, Reply } from '../core/delivery.js';

export type { Reply } from '../core/delivery.js';

export const XML_CONTENT_TYPE = 'application/xml; charset=utf-8';

/** Statuses that never carry a body, so no length either (RFC 9110 §8.6): a `status` fault may ask for them. */
export const BODILESS_STATUSES: ReadonlySet<number> = new Set([204, 304]);

/** Sends a whole reply. Node leaves the body out of an answer to HEAD by itself. */
export function send(res: ServerResponse, reply: Reply): void {
  if (BODILESS_STATUSES.has(reply.status)) {
    res.writeHead(reply.status, reply.headers).end();
    return;
  }
  // The string goes to the socket as it is: no Buffer copy of a body up to megabytes long.
  res.writeHead(reply.status, {
    'content-type': reply.contentType ?? XML_CONTENT_TYPE,
    'content-length': Buffer.byteLength(reply.body),
    ...reply.headers,
  });
  res.end(reply.body);
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

/**
 * Sends a delivery: after its latency, whole or cut. A stalled answer stays open
 * until the client gives up or the server closes.
 */
export async function play(
  res: ServerResponse,
  { reply, latencyMs, cut }: Delivery,
  signal: AbortSignal,
): Promise<void> {
  if (latencyMs > 0) await delay(latencyMs, undefined, { signal });
  if (cut === 'reset') sendHalf(res, reply, () => res.socket?.resetAndDestroy());
  else if (cut === 'stall') sendHalf(res, reply, () => undefined);
  else send(res, reply);
}
