import {
  auditSharing,
  type Evidence,
  type RiskLevel,
  type SessionInput,
  type SharedNetwork,
  type SharingAudit,
} from '@boomstream/insights';

import type { AuditPeriod, CustomerSessions } from './read-sessions.js';

/** One customer as `boomstream audit` reports it: insights' verdict with the media code it was read under. */
export interface CustomerReport {
  /** Its label or keyed fingerprint. */
  readonly customer: string;
  readonly code: string;
  /** `none` for a customer that could not be read: nothing was judged, and `error` says why. */
  readonly risk: RiskLevel;
  readonly score: number;
  readonly evidence: readonly Evidence[];
  /** How many sessions were read. */
  readonly sessions: number;
  readonly error?: string;
}

/** What `--json` prints. */
export interface AuditReport {
  readonly period: AuditPeriod;
  /** Highest risk first, as insights ranks them; customers that could not be read last. */
  readonly customers: readonly CustomerReport[];
  readonly sharedNetworks: readonly SharedNetwork[];
  readonly skipped: SharingAudit['skipped'];
}

/**
 * The audit of the customers that were read, by `auditSharing` (its ranking, levels,
 * evidence and masking as they come), each given back its media code; the customers
 * that could not be read follow with their error.
 */
export function auditReport(
  reads: readonly CustomerSessions[],
  period: AuditPeriod,
  showIps: boolean,
): AuditReport {
  const sessions = new Map<string, readonly SessionInput[]>();
  const codes = new Map<string, string>();
  for (const read of reads) {
    codes.set(read.customer.name, read.customer.code);
    if (read.ok) sessions.set(read.customer.name, read.sessions);
  }
  const audit = auditSharing(sessions, { showIps });
  const judged = audit.customers.map((one): CustomerReport => ({
    customer: one.customer,
    code: codes.get(one.customer) ?? '',
    risk: one.risk,
    score: one.score,
    evidence: one.evidence,
    sessions: one.sessionCount,
  }));
  const unread = reads.flatMap((read): CustomerReport[] =>
    !read.ok
      ? [
          {
            customer: read.customer.name,
            code: read.customer.code,
            risk: 'none',
            score: 0,
            evidence: [],
            sessions: 0,
            error: read.error,
          },
        ]
      : [],
  );
  return {
    period,
    customers: [...judged, ...unread],
    sharedNetworks: audit.sharedNetworks,
    skipped: audit.skipped,
  };
}
