import { BoomstreamTimeoutError } from '@boomstream/client/errors';

import type { Patience } from './args.js';

/** Thrown when Ctrl-C (SIGINT) stopped a command: it exits 130, as the shell expects. */
export class InterruptedError extends Error {
  override readonly name = 'InterruptedError';
}

/** Thrown when `--timeout` ran out before the API answered. */
export class DeadlineError extends Error {
  override readonly name = 'DeadlineError';
}

/**
 * The signal a command's requests run under: Ctrl-C aborts it. `--timeout` bounds
 * each page of a query (the client's `pageTimeoutMs`, see command-source.ts), or,
 * with `scope: 'run'` (verify), the whole run, through this signal.
 * `dispose` stops listening for Ctrl-C.
 */
export function commandSignal(
  patience: Patience,
  scope: 'page' | 'run',
): {
  readonly signal: AbortSignal;
  /** The error to report for an abort: Ctrl-C, the deadline, or `error` itself. */
  explain(error: unknown): unknown;
  dispose(): void;
} {
  const interrupt = new AbortController();
  const onSigint = () => {
    interrupt.abort(new InterruptedError('interrupted'));
  };
  process.once('SIGINT', onSigint);
  const seconds = patience.timeoutSeconds;
  const deadline =
    seconds === undefined || scope === 'page' ? undefined : AbortSignal.timeout(seconds * 1000);
  const noAnswer = () =>
    new DeadlineError(
      `--timeout: no answer within ${seconds ?? 0} s; raise --timeout, or check BOOMSTREAM_BASE_URL`,
    );
  const signal = deadline ? AbortSignal.any([interrupt.signal, deadline]) : interrupt.signal;
  return {
    signal,
    explain(error) {
      if (interrupt.signal.aborted) return interrupt.signal.reason as InterruptedError;
      if (deadline?.aborted) return noAnswer();
      if (error instanceof BoomstreamTimeoutError) {
        return seconds === undefined
          ? new DeadlineError(`${error.message}; --timeout sets how long one page may take`)
          : noAnswer();
      }
      return error;
    },
    dispose() {
      process.off('SIGINT', onSigint);
    },
  };
}
