/**
 * `@boomstream/insights/periods`: how a period did (exact totals, weeks and months on
 * Moscow's calendar, a comparison with an earlier period), without the sharing audit and
 * the user-agent and IP parsers it loads. The root entry re-exports all of it too.
 */
export { bucketsOf, type Bucket } from './periods/buckets.js';
export { isoWeek, mondayOf, monthEnd, type Period } from './periods/calendar.js';
export {
  compareCodes,
  type CodeComparison,
  type CodeComparisonError,
  type CodesComparison,
  type CodesComparisonInput,
  type CodeTotal,
} from './periods/compare-codes.js';
export {
  changeOf,
  comparePeriods,
  comparisonSeries,
  COMPARISONS,
  earlierPeriod,
  endsToday,
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
export { MS_PER_HOUR } from './units.js';
