import type { IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

import { BoomstreamError, requestedWaitMs, type Dispatcher } from '@boomstream/client';

/** A request `verify` or `record` would send beyond the number it announced: refused, never sent. */
export class RequestBudgetError extends BoomstreamError {
  override readonly name = 'RequestBudgetError';
  override readonly code = 'budget';
}

/**
 * A request the server asked to wait for (`Retry-After` on a 429 or 503) longer than
 * the client waits: refused, never sent early.
 */
export class RetryAfterError extends BoomstreamError {
  override readonly name = 'RetryAfterError';
  override readonly code = 'retry-after';
}

/**
 * A retry refused because the answers it would repeat already say what the run needs:
 * `Status` Failed, twice, with an HTTP error status.
 */
export class SettledRetryError extends BoomstreamError {
  override readonly name = 'SettledRetryError';
  override readonly code = 'settled';
}

/** An answer whose body says `Status` Failed, XML or JSON: the API answered, whatever its HTTP status. */
export function saysFailed(body: string): boolean {
  return /<Status>\s*Failed\s*<\/Status>|"Status"\s*:\s*"Failed"/.test(body);
}

/** A `Failed` body repeated this often with an error status is the API's answer, not a hiccup. */
const SETTLED_FAILED_ANSWERS = 2;

/** Statuses whose `Retry-After` asks the client to hold off. */
const WAIT_STATUSES = new Set([429, 503]);

/** Slack for timers and clocks: a retry this close to the asked instant is on time. */
const ON_TIME_MS = 100;

/**
 * The instant an answer asks the next request to wait until, read as the client reads
 * `Retry-After` (`requestedWaitMs`) but without its 60 s cap; `undefined` if none.
 */
export function retryAfterUntil(headers: IncomingHttpHeaders, now: number): number | undefined {
  const wait = requestedWaitMs(headers, now);
  return wait === undefined ? undefined : now + wait;
}

/** One request that went out and what came back, whole. Its target holds the secrets: never show it. */
export interface Exchange {
  /** The path and query as sent, the API key included. */
  readonly target: string;
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  /** The body as text, decompressed as the client decompresses it. */
  readonly body: string;
}

const DECOMPRESS: Readonly<Record<string, (bytes: Buffer) => Buffer>> = {
  gzip: gunzipSync,
  'x-gzip': gunzipSync,
  deflate: inflateSync,
  br: brotliDecompressSync,
};

/** The body's text: decompressed by its `content-encoding`, read as UTF-8 (what the API sends). */
function bodyText(bytes: Buffer, headers: IncomingHttpHeaders): string {
  const encodings = (headers['content-encoding'] ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
  let plain = bytes;
  try {
    for (const coding of encodings.reverse()) plain = DECOMPRESS[coding]?.(plain) ?? plain;
  } catch {
    // The client reports a body it cannot decompress; the record keeps what it can.
  }
  return plain.toString('utf8');
}

/** Passes every event on to `inner`, keeping a copy of the answer for `done`. */
class TapHandler implements Dispatcher.DispatchHandler {
  readonly #inner: Dispatcher.DispatchHandler;
  readonly #done: (exchange: Omit<Exchange, 'target'>) => void;
  readonly #chunks: Buffer[] = [];
  readonly #started: (status: number, headers: IncomingHttpHeaders) => void;
  #status = 0;
  #headers: IncomingHttpHeaders = {};

  constructor(
    inner: Dispatcher.DispatchHandler,
    started: (status: number, headers: IncomingHttpHeaders) => void,
    done: (exchange: Omit<Exchange, 'target'>) => void,
  ) {
    this.#inner = inner;
    this.#started = started;
    this.#done = done;
  }

  onRequestStart(controller: Dispatcher.DispatchController, context: unknown): void {
    this.#inner.onRequestStart?.(controller, context);
  }

  onRequestUpgrade(
    ...args: Parameters<NonNullable<Dispatcher.DispatchHandler['onRequestUpgrade']>>
  ): void {
    this.#inner.onRequestUpgrade?.(...args);
  }

  onResponseStart(
    controller: Dispatcher.DispatchController,
    statusCode: number,
    headers: IncomingHttpHeaders,
    statusMessage?: string,
  ): void {
    this.#status = statusCode;
    this.#headers = headers;
    this.#started(statusCode, headers);
    this.#inner.onResponseStart?.(controller, statusCode, headers, statusMessage);
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    this.#chunks.push(chunk);
    this.#inner.onResponseData?.(controller, chunk);
  }

  onResponseEnd(controller: Dispatcher.DispatchController, trailers: IncomingHttpHeaders): void {
    const headers = this.#headers;
    this.#done({
      status: this.#status,
      headers,
      body: bodyText(Buffer.concat(this.#chunks), headers),
    });
    this.#inner.onResponseEnd?.(controller, trailers);
  }

  onResponseError(controller: Dispatcher.DispatchController, error: Error): void {
    this.#inner.onResponseError?.(controller, error);
  }
}

/**
 * A dispatcher that counts every request that actually goes out, refuses one
 * beyond `max` with `RequestBudgetError` (so that a command never sends more than
 * it announced, retries included), refuses one sooner than a `Retry-After`
 * asked with `RetryAfterError`, and keeps each whole answer. Give `dispatcher`
 * to the client.
 */
export class MeteredDispatcher {
  readonly max: number;
  readonly dispatcher: Dispatcher;
  readonly #exchanges: Exchange[] = [];
  #sent = 0;
  /** When the server allows the next request, if it asked to wait. */
  #notBefore: number | undefined;
  #refusal: string | undefined;
  /** Where the current probe's exchanges begin (`beginProbe`). */
  #probeStart = 0;

  constructor(base: Dispatcher, max: number) {
    this.max = max;
    this.dispatcher = base.compose((dispatch) => (options, handler) => {
      if (this.#sent >= this.max) {
        // Thrown inside dispatch, undici hands it to the request as its error: nothing is sent.
        throw new RequestBudgetError(`refused a request beyond the ${this.max} announced`, {
          method: 'dispatcher',
        });
      }
      if (this.failedWithErrorStatus(this.#probeStart) >= SETTLED_FAILED_ANSWERS) {
        // Thrown as the budget is: the call ends with the answers it has, nothing more is sent.
        throw new SettledRetryError(
          `not retried: the API answered Failed with an HTTP error status ${SETTLED_FAILED_ANSWERS} times`,
          { method: 'dispatcher' },
        );
      }
      const now = Date.now();
      if (this.#notBefore !== undefined && now + ON_TIME_MS < this.#notBefore) {
        const seconds = Math.ceil((this.#notBefore - now) / 1000);
        this.#refusal = `the API asked to wait ${seconds} s more (Retry-After); run again later`;
        throw new RetryAfterError(this.#refusal, { method: 'dispatcher' });
      }
      this.#sent += 1;
      const target = options.path;
      return dispatch(
        options,
        new TapHandler(
          handler,
          (status, headers) => {
            if (!WAIT_STATUSES.has(status)) return;
            this.#notBefore = retryAfterUntil(headers, Date.now());
          },
          (exchange) => this.#exchanges.push({ target, ...exchange }),
        ),
      );
    });
  }

  /** Marks the start of a probe: a retry within it is judged by its own answers. */
  beginProbe(): void {
    this.#probeStart = this.#exchanges.length;
  }

  /** Answers since `from` whose body says `Status` Failed under an HTTP error status. */
  failedWithErrorStatus(from = 0): number {
    return this.#exchanges
      .slice(from)
      .filter(({ status, body }) => status >= 400 && saysFailed(body)).length;
  }

  /** Requests sent so far, retries included. */
  get sent(): number {
    return this.#sent;
  }

  /** How long the server asked the next request to wait from `now`: 0 when it did not. */
  waitMs(now = Date.now()): number {
    return Math.max(0, (this.#notBefore ?? 0) - now);
  }

  /** Why a request was refused for coming sooner than a `Retry-After` asked, if one was. */
  get refusal(): string | undefined {
    return this.#refusal;
  }

  /** The answers received so far, in order. */
  get exchanges(): readonly Exchange[] {
    return this.#exchanges;
  }
}
