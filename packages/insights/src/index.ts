/**
 * @boomstream/insights — is a PPV password shared? Pure functions over the
 * `session` method's decoded items: per customer a risk level with the evidence
 * behind it, the networks many customers share, IPs masked by default.
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
