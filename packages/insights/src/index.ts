/**
 * @boomstream/insights — answers to users' questions, as pure functions over the
 * spec's decoded items: is a PPV password shared (per customer a risk level with the
 * evidence behind it, IPs masked by default), and how did a period do (exact totals,
 * weeks and months on Moscow's calendar, a comparison with an earlier period).
 */
export { auditSharing } from './audit.js';
export { customerFingerprint } from './fingerprint.js';
export { AUDIT_DEFAULTS, type AuditOptions } from './options.js';
export { FAST_ACTIVATIONS_POINTS, SIGNAL_POINTS } from './points.js';
export { sessionTimeline, userAgentParts, type UserAgentParts } from './timeline.js';
export type {
  CustomerAudit,
  Evidence,
  RiskLevel,
  SessionInput,
  SessionRef,
  SessionsByCustomer,
  SharedNetwork,
  SharingAudit,
  SignalId,
} from './types.js';
// Periods (exact totals, weeks and months, comparisons): named once, in the
// `@boomstream/insights/periods` subpath, which loads none of the audit.
export * from './periods.js';
