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
export { bucketsOf, type Bucket } from './periods/buckets.js';
export { isoWeek, mondayOf, monthEnd, type Period } from './periods/calendar.js';
export {
  changeOf,
  comparePeriods,
  comparisonSeries,
  COMPARISONS,
  earlierPeriod,
  isComparisonMode,
  laterDate,
  NO_EARLIER_DATA,
  type BucketComparison,
  type Change,
  type ComparisonInput,
  type ComparisonMode,
  type CurrentTotal,
  type EarlierSpan,
  type PeriodComparison,
  type PeriodTotal,
} from './periods/compare.js';
export {
  apiGroupingOf,
  GROUPINGS,
  isGrouping,
  isLocalGrouping,
  LOCAL_GROUPINGS,
  type ApiGrouping,
  type Grouping,
  type LocalGrouping,
} from './periods/groupings.js';
export { exactTotal, hoursOfMs, type Total } from './periods/totals.js';
