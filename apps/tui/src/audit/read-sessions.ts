import { methods, type SessionItem } from '@boomstream/spec';

import { boundedMap } from '../data/bounded-map.js';
import { describeError } from '../data/describe-error.js';
import type { DataSource } from '../data/source.js';
import type { NamedCustomer } from './customers.js';

/** Customers read at once unless told otherwise: the client's own page concurrency. */
export const DEFAULT_CONCURRENCY = 4;

/** The days whose sessions an audit reads, both included (Moscow calendar, as the API counts). */
export interface AuditPeriod {
  readonly start: string;
  readonly end: string;
}

/** One customer's sessions over the period (`ok`), or why they could not be read (secrets masked). */
export type CustomerSessions =
  | {
      readonly ok: true;
      readonly customer: NamedCustomer;
      readonly sessions: readonly SessionItem[];
    }
  | { readonly ok: false; readonly customer: NamedCustomer; readonly error: string };

/** How far the reading is. */
export interface ReadProgress {
  readonly done: number;
  readonly failed: number;
  readonly total: number;
}

/**
 * Every customer's sessions, `concurrency` customers at a time, each read in full with
 * the client's `.all()` (its retries and per-page bound). A customer that cannot be
 * read gets its error, masked of the API key, its password and the source's secrets,
 * and the others go on; an abort (Ctrl-C) rejects.
 */
export async function readSessions(
  source: DataSource,
  customers: readonly NamedCustomer[],
  period: AuditPeriod,
  options: {
    readonly concurrency: number;
    readonly secrets: readonly string[];
    readonly signal: AbortSignal;
    readonly onProgress: (progress: ReadProgress) => void;
  },
): Promise<CustomerSessions[]> {
  const { signal } = options;
  let done = 0;
  let failed = 0;
  return boundedMap(customers, options.concurrency, async (customer) => {
    const params = { code: customer.code, hash: customer.hash, ...period };
    let read: CustomerSessions;
    try {
      const items = await source.all(methods.session, params, signal, () => undefined);
      // The method declares session items: another kind would be a change of the spec to handle here.
      if (items.kind !== 'sessions') throw new Error(`${methods.session.name} lists ${items.kind}`);
      read = { ok: true, customer, sessions: items.items };
    } catch (error) {
      if (signal.aborted) throw error;
      const secrets = [...options.secrets, ...source.secrets, customer.hash];
      read = { ok: false, customer, error: describeError(error, secrets) };
      failed += 1;
    }
    done += 1;
    options.onProgress({ done, failed, total: customers.length });
    return read;
  });
}
