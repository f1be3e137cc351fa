export { countText, integerText } from './integer-text.js';
export {
  isoDate,
  isoHour,
  wireBucketDate,
  wireDay,
  wireDayText,
  wireMoscowTime,
  wirePeriod,
  wirePeriodText,
} from './dates.js';
export { hoursOf, wireHours } from './time-dim.js';
