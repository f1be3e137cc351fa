export { countText, integerText } from './integer-text.js';
export { isoDate, isoHour, wireBucketDate, wireDay, wireMoscowTime, wirePeriod } from './dates.js';
export { hoursOf, wireHours } from './time-dim.js';
