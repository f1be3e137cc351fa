export {
  createWorld,
  HISTORY_DAYS,
  HISTORY_START,
  worldOptions,
  type Customer,
  type Demo,
  type Media,
  type Project,
  type World,
  type WorldOptions,
} from './world.js';
export { ViewingSeries, type Bucket, type Group } from './viewing.js';
export { passwordSessions, projectViewing } from './queries.js';
export { AUDIT_CASES, AUDIT_DAYS, type AuditCase, type AuditCustomer } from './sharers.js';
export { AUDIT_CROWD_SIZE, type CrowdCustomer } from './crowd.js';
