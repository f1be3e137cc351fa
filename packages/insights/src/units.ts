/** Milliseconds in a minute, an hour and a day: the unit sessions' times and `timeMs` come in. */
export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 60 * MS_PER_MINUTE;
export const MS_PER_DAY = 24 * MS_PER_HOUR;
