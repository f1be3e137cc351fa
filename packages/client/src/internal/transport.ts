import { EventEmitter } from 'node:events';
import type { IncomingHttpHeaders } from 'node:http';

import { getGlobalDispatcher, type Dispatcher } from 'undici';

import { bodyText, type BodyText } from './charset.js';
import { decompress } from './content.js';

/** One HTTP attempt, as the call layer describes it. */
export interface AttemptRequest {
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly dispatcher: Dispatcher | undefined;
  /** Bound on the whole attempt: connecting, headers and the last byte of the body. */
  readonly timeoutMs: number;
  readonly signal: AbortSignal | undefined;
  readonly maxBodyBytes: number;
}

/** How an attempt ended; the call layer turns each kind into a page or a typed error. */
export type AttemptResult =
  | {
      readonly kind: 'response';
      readonly status: number;
      readonly headers: IncomingHttpHeaders;
      /** The body decompressed and decoded to text, or why it could not be. */
      readonly body: BodyText;
    }
  | { readonly kind: 'tooLarge'; readonly status: number }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'aborted'; readonly reason: unknown }
  | { readonly kind: 'connection'; readonly error: unknown };

/** undici's own timeouts; with a `timeoutMs` above them they fire first, and mean the same. */
const UNDICI_TIMEOUT_CODES: ReadonlySet<string> = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

/**
 * The body's bytes, or `undefined` once they grow past `maxBytes` (the caller then
 * destroys it). A declared length within the cap is read whole by undici, in one
 * copy; an undeclared one chunk by chunk, counting.
 */
async function readCapped(
  body: Dispatcher.ResponseData['body'],
  declaredLength: number,
  maxBytes: number,
): Promise<Buffer | undefined> {
  if (declaredLength > maxBytes) return undefined;
  if (declaredLength >= 0) return Buffer.from(await body.arrayBuffer());
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

/** The `Content-Length` a response declares, or -1. */
function declaredLength(value: string | string[] | undefined): number {
  const length = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : -1;
  return Number.isSafeInteger(length) ? length : -1;
}

/**
 * What aborts one attempt: the caller's signal, or `timeoutMs` passing. undici
 * takes an `EventEmitter` as its signal ('abort' aborts), which costs a fraction
 * of an `AbortController`; `end` clears the timer and the listener, so that none
 * outlives the attempt (`AbortSignal.timeout` keeps its timer for the whole
 * timeout, call after call).
 */
function attemptSignal(caller: AbortSignal | undefined, timeoutMs: number) {
  const signal = new EventEmitter();
  let timedOut = false;
  const abort = () => signal.emit('abort');
  const timer = setTimeout(() => {
    timedOut = true;
    abort();
  }, timeoutMs);
  caller?.addEventListener('abort', abort, { once: true });
  return {
    signal,
    timedOut: () => timedOut,
    end: () => {
      clearTimeout(timer);
      caller?.removeEventListener('abort', abort);
    },
  };
}

/** One value of a header undici may hand over as a list. */
function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * Sends one GET with the dispatcher's `request` (undici's, lighter than its
 * `fetch`), bounded by `timeoutMs` and the caller's signal. Never throws.
 */
export async function sendAttempt(attempt: AttemptRequest): Promise<AttemptResult> {
  const { signal } = attempt;
  if (signal?.aborted) return { kind: 'aborted', reason: signal.reason };
  // undici keeps the signal on the body too, so this bounds the last byte as well as the headers.
  const deadline = attemptSignal(signal, attempt.timeoutMs);
  try {
    const { url } = attempt;
    // The dispatcher's own `request`, so that a subclass overriding it is honoured; the
    // global one is read per call, so that `setGlobalDispatcher` applies.
    const dispatcher = attempt.dispatcher ?? getGlobalDispatcher();
    const response = await dispatcher.request({
      origin: url.origin,
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers: attempt.headers,
      signal: deadline.signal,
    });
    // A declared length over the cap fails before a byte is read; an undeclared one as it grows.
    const raw = await readCapped(
      response.body,
      declaredLength(response.headers['content-length']),
      attempt.maxBodyBytes,
    );
    if (raw === undefined) {
      // undici's body errors as it is destroyed unread; that error is expected here, not unhandled.
      response.body.on('error', () => undefined);
      response.body.destroy();
      return { kind: 'tooLarge', status: response.statusCode };
    }
    const { headers, statusCode: status } = response;
    const content = await decompress(
      raw,
      header(headers['content-encoding']),
      attempt.maxBodyBytes,
    );
    if (!content.ok && content.tooLarge) return { kind: 'tooLarge', status };
    const body = content.ok
      ? bodyText(content.bytes, header(headers['content-type']))
      : { ok: false as const, reason: content.reason };
    return { kind: 'response', status, headers, body };
  } catch (error) {
    if (signal?.aborted) return { kind: 'aborted', reason: signal.reason };
    if (deadline.timedOut()) return { kind: 'timeout' };
    const { code } = error as { code?: unknown };
    if (typeof code === 'string' && UNDICI_TIMEOUT_CODES.has(code)) return { kind: 'timeout' };
    return { kind: 'connection', error };
  } finally {
    deadline.end();
  }
}
