import type { MethodSpec } from '@boomstream/spec';
import { redactText } from '@boomstream/spec';
import type { z } from 'zod';

import { decodeBody } from '../decode.js';
import {
  BoomstreamAbortError,
  BoomstreamApiError,
  BoomstreamConnectionError,
  BoomstreamDecodeError,
  BoomstreamHttpError,
  BoomstreamTimeoutError,
} from '../errors.js';
import { requestIdOf, safeCause, safeExcerpt, safeHeaders } from './redact.js';
import { isRetryableStatus, retryAfterMs, type AttemptOutcome } from './retry.js';
import type { AttemptResult } from './transport.js';

/** What the outcome of an attempt needs to know about its call. */
export interface CallContext<M extends MethodSpec> {
  readonly method: M;
  /** The request URL, redacted. */
  readonly url: string;
  readonly requestedPage: number;
  readonly timeoutMs: number;
  readonly maxBodyBytes: number;
  /** Values to redact from any text the server or the network produced. */
  readonly secrets: readonly string[];
}

type Outcome<M extends MethodSpec> = AttemptOutcome<z.output<M['response']>>;

function fail<M extends MethodSpec>(error: Error, retryable = false, wait?: number): Outcome<M> {
  return { ok: false, error, retryable, retryAfterMs: wait };
}

/** The caller's signal ended the call, during an attempt or a wait between attempts. */
export function abortedError(call: CallContext<MethodSpec>, reason: unknown): BoomstreamAbortError {
  return new BoomstreamAbortError(`${call.method.name}: aborted by the caller's signal`, {
    method: call.method.name,
    url: call.url,
    cause: safeCause(reason ?? 'aborted', call.secrets),
  });
}

/**
 * The page's bound (`pageTimeoutMs`) ran out during an attempt: the attempts and
 * the waits between them took it all. Never retried: no time is left.
 */
export function pageTimeoutError(
  call: CallContext<MethodSpec>,
  pageTimeoutMs: number,
  attempts: number,
): BoomstreamTimeoutError {
  const tries = attempts === 1 ? '1 attempt' : `${attempts} attempts and the waits between them`;
  return new BoomstreamTimeoutError(
    `${call.method.name}: no complete answer for page ${call.requestedPage} within ${pageTimeoutMs} ms, the bound on one page (pageTimeoutMs; ${tries}) (GET ${call.url})`,
    { method: call.method.name, url: call.url, timeoutMs: pageTimeoutMs },
  );
}

/** Whether an attempt's result ends its call whatever it holds: a 2xx answer is decoded, never retried. */
export function isFinal(result: AttemptResult): boolean {
  return result.kind === 'response' && result.status >= 200 && result.status <= 299;
}

/** Turns how an attempt ended into a page, or a typed error and whether to retry it. */
export function outcomeOf<M extends MethodSpec>(
  result: AttemptResult,
  call: CallContext<M>,
): Outcome<M> {
  const name = call.method.name;
  // Built for errors only: the redacted URL is text a success never needs.
  const where = () => ({ method: name, url: call.url });
  switch (result.kind) {
    case 'aborted':
      return fail(abortedError(call, result.reason));
    case 'timeout':
      return fail(
        new BoomstreamTimeoutError(
          `${name}: no complete answer within ${call.timeoutMs} ms, the bound on one attempt (timeoutMs) (GET ${call.url})`,
          {
            ...where(),
            timeoutMs: call.timeoutMs,
          },
        ),
        true,
      );
    case 'connection': {
      const cause = safeCause(result.error, call.secrets);
      return fail(
        new BoomstreamConnectionError(
          `${name}: connection failed: ${cause.message} (GET ${call.url})`,
          {
            ...where(),
            cause,
          },
        ),
        true,
      );
    }
    case 'tooLarge':
      return fail(
        new BoomstreamDecodeError(
          `${name}: the body is larger than ${call.maxBodyBytes} bytes (HTTP ${result.status}, GET ${call.url})`,
          where(),
        ),
      );
    case 'response':
      break;
  }
  const { body } = result;
  if (!isFinal(result)) {
    // A body that is not text (compressed unknown ways, another charset) has no excerpt to show.
    const excerpt = body.ok ? safeExcerpt(body.text, call.secrets) : '';
    const headers = safeHeaders(result.headers, call.secrets);
    const requestId = requestIdOf(headers);
    const id = requestId === undefined ? '' : `, request id ${requestId}`;
    return fail(
      new BoomstreamHttpError(
        `${name}: HTTP ${result.status} (GET ${call.url}${id})${excerpt && `: ${JSON.stringify(excerpt)}`}`,
        { ...where(), status: result.status, headers, requestId },
      ),
      isRetryableStatus(result.status),
      retryAfterMs(result.headers),
    );
  }
  if (!body.ok) {
    return fail(
      new BoomstreamDecodeError(
        `${name}: unexpected answer, ${redactText(body.reason, call.secrets)} (GET ${call.url})`,
        where(),
      ),
    );
  }
  const decoded = decodeBody(call.method, body.text, call.requestedPage);
  if (decoded.status === 'success') return { ok: true, value: decoded.page };
  if (decoded.status === 'failed') {
    const apiMessage =
      decoded.message === undefined ? undefined : redactText(decoded.message, call.secrets);
    return fail(
      new BoomstreamApiError(
        `${name}: Boomstream answered Failed: ${apiMessage || '(no message)'}`,
        {
          ...where(),
          apiMessage,
        },
      ),
    );
  }
  const reason = redactText(decoded.reason, call.secrets);
  const excerpt = safeExcerpt(body.text, call.secrets);
  return fail(
    new BoomstreamDecodeError(
      `${name}: unexpected answer, ${reason}: ${JSON.stringify(excerpt)} (GET ${call.url})`,
      where(),
    ),
  );
}
