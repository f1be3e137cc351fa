export { xmlLayout } from './xml.js';
export {
  apiMessages,
  failedResponse,
  failedWire,
  isFailed,
  type FailedResponse,
} from './status.js';
export {
  groupBy,
  sourceType,
  STATS_ITEM_FORMAT,
  statsItem,
  statsPage,
  statsResponse,
  statsWire,
  type StatsItem,
  type StatsPage,
} from './stats.js';
export {
  sessionItem,
  sessionPage,
  sessionResponse,
  sessionWire,
  type SessionItem,
  type SessionPage,
} from './session.js';
