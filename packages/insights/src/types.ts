import type { SessionItem } from '@boomstream/spec';

/** What the audit reads of a session: a decoded `SessionItem` has it all. */
export type SessionInput = Pick<
  SessionItem,
  'ip' | 'country' | 'userAgent' | 'createdAt' | 'leftActivations'
>;

/**
 * Sessions per customer, keyed by an id the caller chooses: a label, an order
 * number or `customerFingerprint(password, key)`. Never key by the password itself:
 * the result names customers by these keys.
 */
export type SessionsByCustomer =
  ReadonlyMap<string, readonly SessionInput[]> | Readonly<Record<string, readonly SessionInput[]>>;

export type SignalId =
  | 'close-starts'
  | 'network-velocity'
  | 'impossible-travel'
  | 'device-spread'
  | 'activations-used-up';

export type RiskLevel = 'high' | 'medium' | 'low' | 'none';

/** One session as evidence shows it: masked unless `showIps`. */
export interface SessionRef {
  /** Its position in the customer's input list. */
  readonly index: number;
  readonly createdAt: string;
  /** `203.0.113.x` (IPv6: the /64's four groups, then `x:x:x:x`) unless `showIps`. */
  readonly ip: string;
  /** `203.0.113.0/24` or `2001:db8:1:2::/64`; null when the address is no IP. */
  readonly network: string | null;
  readonly country: string;
  /** `Chrome on Windows (desktop)`; null when the user agent says nothing readable. */
  readonly device: string | null;
  readonly leftActivations: number;
}

/** One reason a customer's risk went up, with the sessions that show it. */
export interface Evidence {
  readonly signal: SignalId;
  /** What was seen, in words, with the threshold it crossed. */
  readonly detail: string;
  readonly sessions: readonly SessionRef[];
  /** What it adds to the customer's score: 0 when discounted. */
  readonly points: number;
  /** The shared networks that discounted it (network signals only); empty when it counts in full. */
  readonly discountedBy: readonly string[];
}

export interface CustomerAudit {
  /** The caller's key for the customer. */
  readonly customer: string;
  readonly risk: RiskLevel;
  /** The points of each signal that fired, its strongest row once, summed. */
  readonly score: number;
  readonly sessionCount: number;
  readonly evidence: readonly Evidence[];
}

/** A network on which many customers appear: an office, a school, a carrier's NAT. */
export interface SharedNetwork {
  readonly network: string;
  /** The customers seen on it, sorted. */
  readonly customers: readonly string[];
  readonly sessionCount: number;
}

export interface SharingAudit {
  /** Highest score first; customers with no sessions are listed with risk `none`. */
  readonly customers: readonly CustomerAudit[];
  readonly sharedNetworks: readonly SharedNetwork[];
  /** What the audit could not read, so it could not judge. */
  readonly skipped: {
    /** Countries with no point in the travel table, so the travel signal skipped them. */
    readonly unknownCountries: readonly string[];
    /** Sessions whose `ip` is no IP address: no network signal sees them. */
    readonly unreadableIps: number;
    /** Sessions whose `createdAt` is no date: left out of every signal. */
    readonly unreadableTimes: number;
  };
}
