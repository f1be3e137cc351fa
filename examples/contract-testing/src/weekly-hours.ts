import type { BoomstreamClient } from '@boomstream/client';

/** One video's viewing over a week, in hours (two decimals, as Boomstream reports hours). */
export interface VideoHours {
  readonly code: string;
  readonly hours: number;
}

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The seven whole days before `today` (YYYY-MM-DD), both ends included as the API counts them. */
export function lastWeek(today: string): { start: string; end: string } {
  const midnight = Date.parse(`${today}T00:00:00Z`);
  return { start: isoDay(midnight - 7 * DAY_MS), end: isoDay(midnight - DAY_MS) };
}

/**
 * Last week's viewing hours per video, most watched first. A video whose
 * statistics fail fails the report: the client's typed error tells why.
 */
export async function weeklyHours(
  client: BoomstreamClient,
  codes: readonly string[],
  today: string,
): Promise<VideoHours[]> {
  const week = lastWeek(today);
  const totals = await Promise.all(
    codes.map(async (code) => {
      const days = await client.stats.target.all({ code, ...week, group: 'day' });
      const timeMs = days.reduce((sum, day) => sum + day.timeMs, 0);
      return { code, hours: Math.round(timeMs / 36_000) / 100 };
    }),
  );
  return totals.sort((a, b) => b.hours - a.hours);
}
