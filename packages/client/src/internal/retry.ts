import type { IncomingHttpHeaders } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';

/** How retries wait; the bar set by Stainless-generated SDKs. */
export const RETRY_POLICY = {
  /** The first wait; each next one doubles. */
  baseDelayMs: 500,
  /** No computed wait is longer. */
  maxDelayMs: 8_000,
  /** Waits are shortened by up to this fraction at random, so that clients spread out. */
  jitter: 0.25,
  /** A server's `Retry-After` is obeyed up to this long; a longer one falls back to backoff. */
  maxRetryAfterMs: 60_000,
} as const;

/** Transient statuses: timeout, conflict, rate limit, server errors. Other 4xx mean the request is wrong. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

const DELTA = /^\s*\d+(\.\d+)?\s*$/;
/**
 * The start of an HTTP date in any of its three forms (RFC 9110 §5.6.7): a day name.
 * `Date.parse` alone reads `-1` or `2` as years.
 */
const HTTP_DATE = /^\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? /i;

/**
 * The wait a server asks for before the next request, in milliseconds from `now`:
 * `retry-after-ms`, else `Retry-After` in seconds or as an HTTP date. `undefined` when
 * absent, unreadable or already past. Not capped: the client's retries obey at most
 * `RETRY_POLICY.maxRetryAfterMs` of it (`retryAfterMs`); a caller that must never send
 * sooner than asked (a request budget, a scheduler) reads the whole wait here.
 */
export function requestedWaitMs(
  headers: IncomingHttpHeaders,
  now = Date.now(),
): number | undefined {
  const ms = header(headers, 'retry-after-ms');
  const after = header(headers, 'retry-after');
  let wait: number | undefined;
  if (ms !== undefined && DELTA.test(ms)) wait = Number(ms);
  else if (after !== undefined && DELTA.test(after)) wait = Number(after) * 1000;
  else if (after !== undefined && HTTP_DATE.test(after)) wait = Date.parse(after) - now;
  return wait !== undefined && !Number.isNaN(wait) && wait >= 0 ? wait : undefined;
}

/** The wait a retry obeys: the server's (`requestedWaitMs`), unless over 60 s. */
export function retryAfterMs(headers: IncomingHttpHeaders, now = Date.now()): number | undefined {
  const wait = requestedWaitMs(headers, now);
  return wait !== undefined && wait <= RETRY_POLICY.maxRetryAfterMs ? wait : undefined;
}

/** The wait before retry number `retry` (0 for the first): 0.5 s × 2ⁿ, capped at 8 s, minus jitter. */
export function backoffMs(retry: number, random: () => number = Math.random): number {
  const full = Math.min(RETRY_POLICY.baseDelayMs * 2 ** retry, RETRY_POLICY.maxDelayMs);
  return full * (1 - RETRY_POLICY.jitter * random());
}

/** What one attempt came to. */
export type AttemptOutcome<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly error: Error;
      readonly retryable: boolean;
      /** The server's own wait, from `Retry-After`. */
      readonly retryAfterMs?: number | undefined;
    };

export interface RetryOptions {
  readonly maxRetries: number;
  readonly signal: AbortSignal | undefined;
  /** The error to throw when the signal aborts a wait. */
  readonly abortError: () => Error;
  /**
   * When the whole call must be over, on `performance.now()`'s clock: a retry whose
   * wait would reach it is not made, and the last error is thrown at once.
   */
  readonly deadline?: number | undefined;
}

/**
 * Runs `attempt` (numbered from 1) until it succeeds, fails for good, the retries
 * run out, or the next wait would reach `deadline`; throws the last error. A wait
 * ends at once when `signal` aborts.
 */
export async function withRetries<T>(
  options: RetryOptions,
  attempt: (number: number) => Promise<AttemptOutcome<T>>,
): Promise<T> {
  for (let retry = 0; ; retry++) {
    const outcome = await attempt(retry + 1);
    if (outcome.ok) return outcome.value;
    if (!outcome.retryable || retry >= options.maxRetries) throw outcome.error;
    const wait = outcome.retryAfterMs ?? backoffMs(retry);
    // Waiting into the deadline would only delay the same error: no attempt could follow.
    if (options.deadline !== undefined && performance.now() + wait >= options.deadline) {
      throw outcome.error;
    }
    try {
      await delay(wait, undefined, options.signal && { signal: options.signal });
    } catch {
      throw options.abortError();
    }
  }
}
