import { BoomstreamApiError } from '@boomstream/client/errors';
import { exactTotal } from '@boomstream/insights/periods';
import { methods, type StatsItem } from '@boomstream/spec';

import { viewingSeries } from '../chart/series.js';
import { boundedMap } from '../data/bounded-map.js';
import { describeError } from '../data/describe-error.js';
import type { DataSource } from '../data/source.js';

/** The period a watch list covers, and its buckets. */
export interface WatchPeriod {
  readonly start: string;
  readonly end: string;
  readonly group: 'day' | 'hour';
}

/** One media code's viewing over the period, or why it could not be read. */
export interface WatchRow {
  readonly code: string;
  /** `timeMs` in hours, rounded once (never a sum of rounded hours). */
  readonly hours: number;
  /** The exact sum of the viewing time in milliseconds. */
  readonly timeMs: number;
  /** The buckets read, for an export's sheet per code; absent when the code failed. */
  readonly items?: readonly StatsItem[];
  /** Hours per bucket over the whole period, for the sparkline. */
  readonly series: readonly number[];
  /** Set when this code's request failed; the other codes still show. */
  readonly error?: string;
  /** The API answered that it has no media of this code (a typo, another project's code). */
  readonly notFound?: boolean;
}

/** The rows a total counts: a failed or unknown code has no hours, which is not zero hours. */
export function countedRows(rows: readonly WatchRow[]): WatchRow[] {
  return rows.filter((row) => row.error === undefined);
}

/** Boomstream's `Failed` answer for a media code it does not know. */
function isMediaNotFound(error: unknown): boolean {
  return (
    error instanceof BoomstreamApiError &&
    error.apiMessage?.trim().toLowerCase() === 'media not found'
  );
}

/** How far a watch-list read is: codes finished, and pages read over all codes. */
export interface WatchProgress {
  readonly done: number;
  readonly codes: number;
  readonly pages: number;
}

/** Codes read at once; each code's pages are read with the client's own bounded concurrency. */
const CODES_AT_ONCE = 2;

/** Largest total first; failed codes last, in the order given. */
export function byTotal(rows: readonly WatchRow[]): WatchRow[] {
  return [...rows].sort(
    (a, b) => Number(a.error !== undefined) - Number(b.error !== undefined) || b.timeMs - a.timeMs,
  );
}

async function readCode(
  source: DataSource,
  code: string,
  period: WatchPeriod,
  signal: AbortSignal,
  onPage: () => void,
): Promise<WatchRow> {
  const params = { code, start: period.start, end: period.end, group: period.group };
  try {
    const read = await source.all(methods.target, params, signal, onPage);
    // The method declares stats items: another kind would be a change of the spec to handle here.
    if (read.kind !== 'stats') throw new Error(`${methods.target.name} lists ${read.kind}`);
    const { items } = read;
    const { timeMs, hours } = exactTotal(items);
    return { code, hours, timeMs, items, series: viewingSeries(period, period.group, items) };
  } catch (error) {
    if (signal.aborted) throw error;
    const failed = { code, hours: 0, timeMs: 0, series: [] };
    if (isMediaNotFound(error)) return { ...failed, error: 'not found', notFound: true };
    return { ...failed, error: describeError(error, source.secrets) };
  }
}

/**
 * Every code's total over the period, sorted by total: `CODES_AT_ONCE` codes at a
 * time, each read in full with the client's `.all()`. A code that fails gets its
 * error in its row; an abort rejects.
 */
export async function watchTotals(
  source: DataSource,
  codes: readonly string[],
  period: WatchPeriod,
  signal: AbortSignal,
  onProgress: (progress: WatchProgress) => void,
): Promise<WatchRow[]> {
  let pages = 0;
  let done = 0;
  const report = () => {
    onProgress({ done, codes: codes.length, pages });
  };
  const rows = await boundedMap(codes, CODES_AT_ONCE, async (code) => {
    const row = await readCode(source, code, period, signal, () => {
      pages += 1;
      report();
    });
    done += 1;
    report();
    return row;
  });
  return byTotal(rows);
}
