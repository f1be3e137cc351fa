import type { PreparedSession } from './sessions.js';
import type { SharedNetwork } from './types.js';

/**
 * The networks on which at least `minCustomers` customers appear, most customers
 * first: offices, schools, a carrier's NAT. Many honest viewers look alike there.
 */
export function findSharedNetworks(
  customers: ReadonlyMap<string, readonly PreparedSession[]>,
  minCustomers: number,
): SharedNetwork[] {
  const seen = new Map<string, { customers: Set<string>; sessionCount: number }>();
  for (const [customer, sessions] of customers) {
    for (const { ref } of sessions) {
      if (ref.network === null) continue;
      const entry = seen.get(ref.network) ?? { customers: new Set(), sessionCount: 0 };
      entry.customers.add(customer);
      entry.sessionCount++;
      seen.set(ref.network, entry);
    }
  }
  return [...seen]
    .filter(([, entry]) => entry.customers.size >= minCustomers)
    .map(([network, entry]) => ({
      network,
      customers: [...entry.customers].sort(),
      sessionCount: entry.sessionCount,
    }))
    .sort((a, b) => b.customers.length - a.customers.length || a.network.localeCompare(b.network));
}
