import type { ResolvedOptions } from '../options.js';
import type { PreparedSession } from '../sessions.js';
import type { Evidence } from '../types.js';

/** What every signal is given besides one customer's sessions. */
export interface SignalContext {
  readonly options: ResolvedOptions;
  /** Networks on which at least `sharedNetworkCustomers` customers appear. */
  readonly shared: ReadonlySet<string>;
}

/** One signal: a customer's sessions, oldest first, in; its evidence rows out. */
export type Signal = (sessions: readonly PreparedSession[], context: SignalContext) => Evidence[];

/** The shared networks among `networks`, each once, in the order given. */
export function sharedAmong(networks: readonly string[], shared: ReadonlySet<string>): string[] {
  return [...new Set(networks.filter((network) => shared.has(network)))];
}

/** The words saying why evidence counts for nothing. */
export function discountNote(networks: readonly string[]): string {
  const [one] = networks;
  return networks.length === 1 && one !== undefined
    ? `; discounted: ${one} is shared by many customers (an office, a school or a carrier's NAT?)`
    : `; discounted: ${networks.join(', ')} are shared by many customers (offices, schools or a carrier's NAT?)`;
}

/**
 * The window of at most `spanMs` (from a session's start) with the most distinct
 * values of `key`, earliest on a tie, and the first session of each value in it.
 */
export function busiestWindow(
  sessions: readonly PreparedSession[],
  spanMs: number,
  key: (session: PreparedSession) => string | null,
): PreparedSession[] {
  let best: PreparedSession[] = [];
  for (let i = 0; i < sessions.length; i++) {
    const start = sessions[i]?.time ?? 0;
    const firsts = new Map<string, PreparedSession>();
    for (let j = i; j < sessions.length; j++) {
      const session = sessions[j];
      if (!session || session.time - start > spanMs) break;
      const value = key(session);
      if (value !== null && !firsts.has(value)) firsts.set(value, session);
    }
    if (firsts.size > best.length) best = [...firsts.values()];
  }
  return best;
}
