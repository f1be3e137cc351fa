import { randomBytes } from 'node:crypto';
import { useMemo, type Dispatch } from 'react';

import { AuditFailedError } from '../audit/audit-failed-error.js';
import { CustomersError } from '../audit/customers-error.js';
import { describeError } from '../data/describe-error.js';
import type { DataSource } from '../data/source.js';
import type { Action } from '../state/app-state.js';
import type { AuditJob, AuditState } from '../state/audit.js';
import { useAbortableJob } from './use-abortable-job.js';

/**
 * Runs the audit's current job; esc (the job goes) or leaving the app aborts it, and
 * the abort reaches the client: the requests in flight stop and no more are sent.
 * `key` names customers that have no label; without it, a key made for this run.
 */
export function useAuditJob(
  source: DataSource,
  audit: AuditState,
  key: (() => Promise<string>) | undefined,
  dispatch: Dispatch<Action>,
): void {
  const runKey = useMemo(() => {
    let made: string | undefined;
    return () => Promise.resolve((made ??= randomBytes(32).toString('hex')));
  }, []);
  const start = (job: AuditJob, signal: AbortSignal) => {
    // The audit (insights' sharing audit, its user-agent and IP parsers) loads when the
    // user first runs one, not before the UI takes its first key.
    import('../audit/run-audit.js')
      .then(({ runAudit }) =>
        runAudit(source, job, {
          signal,
          key: key ?? runKey,
          onProgress: (progress) => {
            dispatch({ type: 'audit-progress', job: job.id, progress });
          },
        }),
      )
      .then(
        (result) => {
          dispatch({ type: 'audit-loaded', job: job.id, result });
        },
        (error: unknown) => {
          // Aborted: a newer job took over, or esc cancelled and said so.
          if (signal.aborted) return;
          // Both say what went wrong in their message: a bad list, or an error already masked
          // of every customer's password.
          const message =
            error instanceof CustomersError || error instanceof AuditFailedError
              ? error.message
              : describeError(error, source.secrets);
          dispatch({ type: 'audit-failed', job: job.id, message });
        },
      );
  };
  useAbortableJob(audit.job, start);
}
