import { customerFingerprint } from '@boomstream/insights';

import { CustomersError } from './customers-error.js';
import type { CustomerRow } from './customers-csv.js';

/** A customer to audit: how every output names it, and what its sessions are asked with. */
export interface NamedCustomer {
  /** Its label, else a keyed fingerprint of its password: never the password. */
  readonly name: string;
  readonly code: string;
  readonly hash: string;
}

/**
 * Hex digits of the fingerprint shown: 64 bits, so that two customers of one audit
 * never share a name by chance, short enough for a table.
 */
const FINGERPRINT_DIGITS = 16;

/**
 * Names each customer: its label, else `customerFingerprint(hash, key)` cut to
 * {@link FINGERPRINT_DIGITS}; `key` is asked for only when a customer has no label.
 * A line repeating an earlier one's code and password is the same customer, left
 * out; two customers with one name (a label given twice, a password under two codes
 * without labels) are a `CustomersError` naming both lines, since the result could not
 * tell them apart.
 */
export async function nameCustomers(
  rows: readonly CustomerRow[],
  where: string,
  key: () => Promise<string>,
): Promise<NamedCustomer[]> {
  const named: NamedCustomer[] = [];
  const lines = new Map<string, number>();
  const seen = new Set<string>();
  let loaded: string | undefined;
  for (const row of rows) {
    // JSON of the pair: no code or password can fake another pair's text.
    const pair = JSON.stringify([row.code, row.hash]);
    if (seen.has(pair)) continue;
    seen.add(pair);
    let name = row.label;
    if (name === undefined) {
      loaded ??= await key();
      name = customerFingerprint(row.hash, loaded).slice(0, FINGERPRINT_DIGITS);
    }
    const earlier = lines.get(name);
    if (earlier !== undefined) {
      throw new CustomersError(
        `${where}, line ${row.line}: names the same customer as line ${earlier} (a label given twice, or one password under two codes); give each customer a label of its own`,
      );
    }
    lines.set(name, row.line);
    named.push({ name, code: row.code, hash: row.hash });
  }
  return named;
}
