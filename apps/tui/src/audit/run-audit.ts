import { sessionTimeline, type SessionRef } from '@boomstream/insights';

import { describeError } from '../data/describe-error.js';
import type { DataSource } from '../data/source.js';
import { AuditFailedError } from './audit-failed-error.js';
import { demoCustomerRows, readCustomersFile, requireCustomers } from './customer-list.js';
import { nameCustomers } from './customers.js';
import { parseCustomers } from './customers-csv.js';
import {
  DEFAULT_CONCURRENCY,
  readSessions,
  type AuditPeriod,
  type CustomerSessions,
  type ReadProgress,
} from './read-sessions.js';
import { auditReport, type AuditReport } from './report.js';

/** What to audit: the demo's 200 customers, or a CSV file's, over a period. */
export interface AuditRequest {
  readonly period: AuditPeriod;
  readonly from: 'demo' | 'file';
  /** The CSV file, when `from` is `file`. */
  readonly path: string;
}

/** A finished audit: the report as the CLI makes it, and each customer's sessions for its timeline. */
export interface AuditResult {
  readonly report: AuditReport;
  /** By the customer's name (its label or fingerprint), as the report names it. */
  readonly reads: ReadonlyMap<string, CustomerSessions>;
  /** Each customer's sessions as the evidence shows them (IPs masked), oldest first, by name. */
  readonly timelines: ReadonlyMap<string, readonly SessionRef[]>;
}

/**
 * The UI's audit, as `boomstream audit` runs it: the customers read and named (a bad
 * file or line is a `CustomersError`), their sessions read a few at a time with the
 * client's retries, the report and each customer's timeline made with IPs masked. An abort of `signal` stops the
 * requests and rejects; `key` is asked for only when a customer has no label.
 */
export async function runAudit(
  source: DataSource,
  request: AuditRequest,
  options: {
    readonly signal: AbortSignal;
    readonly key: () => Promise<string>;
    readonly onProgress: (progress: ReadProgress) => void;
  },
): Promise<AuditResult> {
  // Cancelled before it began: not one request.
  options.signal.throwIfAborted();
  const where = request.from === 'demo' ? 'the demo' : request.path;
  const rows =
    request.from === 'demo'
      ? demoCustomerRows(source.demo, true)
      : parseCustomers(await readCustomersFile(request.path), where);
  const customers = await nameCustomers(requireCustomers(rows, where), where, options.key);
  // Every customer's password is masked in any error text, whichever customer it came from.
  const secrets = customers.map((customer) => customer.hash);
  try {
    const reads = await readSessions(source, customers, request.period, {
      concurrency: DEFAULT_CONCURRENCY,
      secrets,
      signal: options.signal,
      onProgress: options.onProgress,
    });
    return {
      report: auditReport(reads, request.period, false),
      reads: new Map(reads.map((read) => [read.customer.name, read])),
      timelines: new Map(
        reads.flatMap((read) =>
          read.ok ? [[read.customer.name, sessionTimeline(read.sessions)] as const] : [],
        ),
      ),
    };
  } catch (error) {
    if (options.signal.aborted) throw error;
    throw new AuditFailedError(describeError(error, [...source.secrets, ...secrets]), {
      cause: error,
    });
  }
}
