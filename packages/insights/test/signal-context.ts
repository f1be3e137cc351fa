import { resolveOptions, type AuditOptions } from '../src/options.js';
import { prepareSessions, type PreparedSession } from '../src/sessions.js';
import type { SignalContext } from '../src/signals/signal.js';
import type { SessionInput } from '../src/types.js';

/** One customer's sessions read as the audit reads them, and a context for one signal. */
export function forSignal(
  sessions: readonly SessionInput[],
  options: AuditOptions = {},
  shared: readonly string[] = [],
): [PreparedSession[], SignalContext] {
  const resolved = resolveOptions(options);
  return [
    prepareSessions(sessions, resolved.showIps).sessions,
    { options: resolved, shared: new Set(shared) },
  ];
}
