export { countText, integerText, readCount, readInteger } from './integer-text.js';
export {
  isoDate,
  isoHour,
  readBucketDate,
  readMoscowTime,
  wireBucketDate,
  wireDay,
  wireDayText,
  wireMoscowTime,
  wirePeriod,
  wirePeriodText,
} from './dates.js';
export { hoursOf, readHours, wireHours } from './time-dim.js';
