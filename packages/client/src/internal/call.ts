import { setImmediate } from 'node:timers/promises';

import { redactUrl, validateParams, type MethodSpec } from '@boomstream/spec';
import type { z } from 'zod';

import { callOptionRules, checkOptions, type ClientConfig } from '../config.js';
import { BoomstreamValidationError } from '../errors.js';
import { credentialValues, lowerCaseNames, requestHeaders } from './headers.js';
import { abortedError, isFinal, outcomeOf, pageTimeoutError, type CallContext } from './outcome.js';
import { buildUrl, endpointUrl, secretsOf, type QueryValues } from './query.js';
import { withRetries, type AttemptOutcome } from './retry.js';
import { sendAttempt, type AttemptResult } from './transport.js';

/** Options of one call; each overrides the client's option of the same name. */
export interface CallOptions {
  /** Aborts the call, also while it waits to retry; it then rejects with `BoomstreamAbortError`. */
  readonly signal?: AbortSignal | undefined;
  /** Milliseconds one attempt may take. Defaults to the client's `timeoutMs`. */
  readonly timeoutMs?: number | undefined;
  /** Milliseconds the page may take, attempts and waits between them included. Defaults to the client's `pageTimeoutMs`. */
  readonly pageTimeoutMs?: number | undefined;
  /** Retries after the first attempt. Defaults to the client's `maxRetries`. */
  readonly maxRetries?: number | undefined;
  /** Extra headers for this call, replacing the client's `headers` of the same name. Defaults to none. */
  readonly headers?: Readonly<Record<string, string>> | undefined;
}

/** One page of a method, as it decodes. */
export type MethodPage<M extends MethodSpec> = z.output<M['response']>;

function describe(result: AttemptResult): string {
  return result.kind === 'response' ? `HTTP ${result.status}` : result.kind;
}

/**
 * A debug line, built only for a logger; a logger that throws must not fail a
 * call that succeeded, nor replace a typed error.
 */
function log(config: ClientConfig, line: () => string): void {
  if (config.logger === undefined) return;
  try {
    config.logger.debug(line());
  } catch {
    // Nowhere to report it: the logger is the report channel.
  }
}

/** The method's endpoint, for a validation error: no request was built. */
function endpoint(config: ClientConfig, method: MethodSpec): string {
  return endpointUrl(config.baseUrl, method).toString();
}

/**
 * Checks the call's options and parameters, then runs its attempts; the one way
 * every method is called. `onAnswered` is told when the last request of the call
 * is answered, before its body is decoded: `.all()` sends the next page's request
 * then, so that it travels while this one decodes.
 */
export async function callMethod<M extends MethodSpec>(
  config: ClientConfig,
  method: M,
  params: unknown,
  options: CallOptions = {},
  onAnswered?: () => void,
): Promise<MethodPage<M>> {
  const optionIssues = checkOptions(options, callOptionRules);
  if (optionIssues.length > 0) {
    throw BoomstreamValidationError.fromIssues(method.name, optionIssues, endpoint(config, method));
  }
  const validated = validateParams(method, params);
  if (!validated.ok) {
    throw BoomstreamValidationError.fromIssues(
      method.name,
      validated.issues,
      endpoint(config, method),
    );
  }
  const values = validated.value as QueryValues;
  const apiKeyInQuery = config.auth === 'query' ? config.apiKey : undefined;
  const url = buildUrl(config.baseUrl, method, values, apiKeyInQuery);
  const maxRetries = options.maxRetries ?? config.maxRetries;
  const headers = requestHeaders(
    config.headers,
    lowerCaseNames(options.headers),
    config.auth === 'header' ? config.apiKey : undefined,
  );
  let redacted: string | undefined;
  const call: CallContext<M> = {
    method,
    // For errors and log lines only: redacted when first read, never on a plain success.
    get url() {
      return (redacted ??= redactUrl(url));
    },
    requestedPage: typeof values['page'] === 'number' ? values['page'] : 1,
    timeoutMs: options.timeoutMs ?? config.timeoutMs,
    maxBodyBytes: config.maxBodyBytes,
    secrets: [...secretsOf(method, values, config.apiKey), ...credentialValues(headers)],
  };
  const abortError = () => abortedError(call, options.signal?.reason);
  const pageTimeoutMs = options.pageTimeoutMs ?? config.pageTimeoutMs;
  const deadline = performance.now() + pageTimeoutMs;
  return withRetries(
    { maxRetries, signal: options.signal, abortError, deadline },
    async (attempt): Promise<AttemptOutcome<MethodPage<M>>> => {
      const started = performance.now();
      // The page's bound cuts the attempt's own short when less of it is left.
      const attemptMs = Math.min(call.timeoutMs, Math.max(deadline - started, 1));
      const result = await sendAttempt({
        url,
        headers,
        dispatcher: config.dispatcher,
        timeoutMs: attemptMs,
        signal: options.signal,
        maxBodyBytes: config.maxBodyBytes,
      });
      const ended = performance.now();
      log(
        config,
        () =>
          `boomstream ${method.name} attempt ${attempt}/${maxRetries + 1}: GET ${call.url} → ${describe(result)} in ${Math.round(ended - started)} ms`,
      );
      if (onAnswered && isFinal(result)) {
        onAnswered();
        // The request just sent goes out before this thread decodes.
        await setImmediate();
      }
      if (result.kind === 'timeout' && attemptMs < call.timeoutMs) {
        return {
          ok: false,
          error: pageTimeoutError(call, pageTimeoutMs, attempt),
          retryable: false,
        };
      }
      return outcomeOf(result, call);
    },
  );
}
