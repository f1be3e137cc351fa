import { addDays } from '@boomstream/spec';

/** The ranges a date form offers; `default` is what the server does with no dates. */
export const PERIOD_PRESETS = [
  'default',
  'today',
  'last 7 days',
  'last 30 days',
  'this month',
  'custom',
] as const;

export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/**
 * The start and end dates of a preset, given Moscow's `today` (Boomstream's
 * calendar); `undefined` for the presets that leave the dates as they are.
 */
export function presetRange(
  preset: PeriodPreset,
  today: string,
): { readonly start: string; readonly end: string } | undefined {
  switch (preset) {
    case 'today':
      return { start: today, end: today };
    case 'last 7 days':
      return { start: addDays(today, -6), end: today };
    case 'last 30 days':
      return { start: addDays(today, -29), end: today };
    case 'this month':
      return { start: `${today.slice(0, 8)}01`, end: today };
    case 'default':
    case 'custom':
      return undefined;
  }
}
