import { countryPoint } from './countries.js';
import { resolveOptions, type AuditOptions } from './options.js';
import { riskLevel } from './points.js';
import { prepareSessions, type PreparedSession } from './sessions.js';
import { findSharedNetworks } from './shared-networks.js';
import { activationsUsedUp } from './signals/activations.js';
import { closeStarts } from './signals/close-starts.js';
import { deviceSpread } from './signals/device-spread.js';
import { impossibleTravel } from './signals/impossible-travel.js';
import { networkVelocity } from './signals/network-velocity.js';
import type { Signal } from './signals/signal.js';
import type {
  CustomerAudit,
  Evidence,
  SessionInput,
  SessionsByCustomer,
  SharingAudit,
  SignalId,
} from './types.js';

/** Every signal, in the order a customer's evidence lists them when their points tie. */
const SIGNALS: readonly Signal[] = [
  impossibleTravel,
  closeStarts,
  networkVelocity,
  deviceSpread,
  activationsUsedUp,
];

function entriesOf(input: SessionsByCustomer): [string, readonly SessionInput[]][] {
  return input instanceof Map
    ? [...(input as ReadonlyMap<string, readonly SessionInput[]>)]
    : Object.entries(input as Readonly<Record<string, readonly SessionInput[]>>);
}

/** Each signal's strongest row, summed: ten rows of one signal are one reason, not ten. */
function scoreOf(evidence: readonly Evidence[]): number {
  const best = new Map<SignalId, number>();
  for (const { signal, points } of evidence)
    best.set(signal, Math.max(best.get(signal) ?? 0, points));
  return [...best.values()].reduce((sum, points) => sum + points, 0);
}

/**
 * Is a password shared? Per customer, a risk level and the evidence that raised it,
 * each row naming its signal, what was seen and the sessions involved; and the
 * networks many customers share, whose network evidence is shown but discounted.
 * Pure: no I/O, and the same input gives the same result.
 */
export function auditSharing(
  sessionsByCustomer: SessionsByCustomer,
  options: AuditOptions = {},
): SharingAudit {
  const resolved = resolveOptions(options);
  const prepared = new Map<string, PreparedSession[]>();
  let unreadableTimes = 0;
  for (const [customer, sessions] of entriesOf(sessionsByCustomer)) {
    const read = prepareSessions(sessions, resolved.showIps);
    prepared.set(customer, read.sessions);
    unreadableTimes += read.unreadableTimes;
  }
  const sharedNetworks = findSharedNetworks(prepared, resolved.sharedNetworkCustomers);
  const context = {
    options: resolved,
    shared: new Set(sharedNetworks.map(({ network }) => network)),
  };
  const customers = [...prepared].map(([customer, sessions]): CustomerAudit => {
    const evidence = SIGNALS.flatMap((signal) => signal(sessions, context))
      // Stable: rows that count come first, each signal's rows in time order.
      .sort((a, b) => b.points - a.points);
    const score = scoreOf(evidence);
    return {
      customer,
      risk: riskLevel(score, evidence.length),
      score,
      sessionCount: sessions.length,
      evidence,
    };
  });
  customers.sort(
    (a, b) =>
      b.score - a.score ||
      b.evidence.length - a.evidence.length ||
      a.customer.localeCompare(b.customer),
  );
  const all = [...prepared.values()].flat();
  return {
    customers,
    sharedNetworks,
    skipped: {
      unknownCountries: [
        // A blank country is skipped too, but there is no name to list.
        ...new Set(
          all.map(({ ref }) => ref.country).filter((c) => c.trim() !== '' && !countryPoint(c)),
        ),
      ].sort(),
      unreadableIps: all.filter(({ ref }) => ref.network === null).length,
      unreadableTimes,
    },
  };
}
