/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`) and Moscow wall-clock time.
 * Boomstream reports every time in Europe/Moscow, which is UTC+03:00 all year
 * (no daylight saving since 2014), so a fixed offset is exact.
 */

export const MOSCOW_OFFSET = '+03:00';
const MOSCOW_OFFSET_MS = 3 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Days since 1970-01-01 of an ISO date, in UTC (no time zone enters). */
function epochDay(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;
}

/** `isoDate` moved by `days` (negative moves back). */
export function addDays(isoDate: string, days: number): string {
  return new Date((epochDay(isoDate) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return epochDay(to) - epochDay(from);
}

/** The Moscow wall-clock time of an instant, as `YYYY-MM-DDTHH:mm:ss`. */
export function moscowWallClock(instant: Date): string {
  return new Date(instant.getTime() + MOSCOW_OFFSET_MS).toISOString().slice(0, 19);
}

/** Today's date in Moscow, the day Boomstream's server defaults are relative to. */
export function moscowToday(now: Date = new Date()): string {
  return moscowWallClock(now).slice(0, 10);
}
