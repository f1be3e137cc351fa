import type { Period } from './calendar.js';
import { changeOf, endsToday, type Change, type ComparisonMode } from './compare.js';
import { exactTotal, hoursOfMs, type Total } from './totals.js';

/** A code's total over one period; `error` set (or the code absent) when it could not be read. */
export interface CodeTotal {
  readonly code: string;
  readonly timeMs: number;
  readonly error?: string;
}

/**
 * Why a code has no change: its read failed for the current period, or for the earlier one
 * (a failed read has no hours, which is not zero hours).
 */
export type CodeComparisonError = 'current-read-failed' | 'earlier-read-failed';

/** A code's total beside its earlier total, or why they cannot be compared. */
export interface CodeComparison extends Total {
  readonly code: string;
  /** The earlier total; `null` when the earlier read failed. */
  readonly earlier: Total | null;
  /** `null` when either read failed (`error` says which). */
  readonly change: Change | null;
  readonly error?: CodeComparisonError;
}

export interface CodesComparison {
  readonly mode: ComparisonMode;
  /** Every code of `current`, in its order. */
  readonly codes: readonly CodeComparison[];
  /** The codes read in both periods: the only ones both totals sum. */
  readonly codesCompared: number;
  readonly current: Period & Total & { readonly partialDay: boolean };
  readonly earlier: Period & Total;
  readonly change: Change;
}

export interface CodesComparisonInput {
  readonly mode: ComparisonMode;
  readonly period: Period;
  /** `earlierPeriod(period, mode)`, as read. */
  readonly earlierPeriod: Period;
  readonly current: readonly CodeTotal[];
  readonly earlier: readonly CodeTotal[];
  /** Today in Moscow, to mark a period ending today or later as `partialDay`. */
  readonly today?: string;
}

/**
 * Several codes' totals against their earlier totals. A code read in one period only has
 * no change (`error`), and both totals sum only the codes read in both periods, so the
 * total change compares the same codes.
 */
export function compareCodes(input: CodesComparisonInput): CodesComparison {
  const earlierOf = new Map(
    input.earlier.filter((row) => row.error === undefined).map((row) => [row.code, row]),
  );
  const both: { current: number; earlier: number }[] = [];
  const codes = input.current.map((row): CodeComparison => {
    const own = { code: row.code, timeMs: row.timeMs, hours: hoursOfMs(row.timeMs) };
    const before = earlierOf.get(row.code);
    const earlier = before ? { timeMs: before.timeMs, hours: hoursOfMs(before.timeMs) } : null;
    if (row.error !== undefined) {
      return { ...own, earlier, change: null, error: 'current-read-failed' };
    }
    if (!before) return { ...own, earlier: null, change: null, error: 'earlier-read-failed' };
    both.push({ current: row.timeMs, earlier: before.timeMs });
    return { ...own, earlier, change: changeOf(row.timeMs, before.timeMs) };
  });
  const current = exactTotal(both.map((pair) => ({ timeMs: pair.current })));
  const earlier = exactTotal(both.map((pair) => ({ timeMs: pair.earlier })));
  return {
    mode: input.mode,
    codes,
    codesCompared: both.length,
    current: { ...input.period, ...current, partialDay: endsToday(input.period, input.today) },
    earlier: { ...input.earlierPeriod, ...earlier },
    change: changeOf(current.timeMs, earlier.timeMs),
  };
}
