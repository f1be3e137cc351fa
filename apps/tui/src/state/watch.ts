import { COMPARISONS, type ComparisonMode } from '@boomstream/insights/periods';

import { presetRange, type PeriodPreset } from '../dates.js';
import type { WatchPeriod, WatchProgress, WatchRow } from '../watch/totals.js';
import { codeProblem } from '../watch/watch-file.js';
import type { KeyPress } from './context.js';
import { editLine, lineAtEnd, type LineEdit } from './line-edit.js';

/** The periods a watch list offers with ←/→; `today` is read by the hour. */
export const WATCH_PRESETS = ['last 7 days', 'last 30 days', 'this month', 'today'] as const;

export type WatchPreset = (typeof WATCH_PRESETS)[number] & PeriodPreset;

/** A read of the totals, numbered like the results' jobs. */
export interface WatchJob {
  readonly id: number;
  readonly period: WatchPeriod;
  /** The earlier period to read too, as the CLI's `--compare` with several codes. */
  readonly compare: ComparisonMode | undefined;
}

export interface WatchState {
  readonly codes: readonly string[];
  readonly preset: WatchPreset;
  /** The last rows read, sorted by total; they stay on screen while reading again. */
  readonly rows: readonly WatchRow[] | undefined;
  /** The period the rows cover. */
  readonly period: WatchPeriod | undefined;
  /** What `c` compares the totals with: none, or one of insights' comparisons. */
  readonly compare: ComparisonMode | undefined;
  /** The codes' totals over the earlier period, when the rows on screen were read with a comparison. */
  readonly earlier:
    | {
        readonly mode: ComparisonMode;
        readonly period: WatchPeriod;
        readonly rows: readonly WatchRow[];
      }
    | undefined;
  readonly cursor: number;
  /** The job reading the totals. */
  readonly job: WatchJob | undefined;
  readonly progress: WatchProgress | undefined;
  /** The code being typed after `a`. */
  readonly adding: LineEdit | undefined;
  /** Counts the list's changes: each one is saved. */
  readonly revision: number;
  readonly notice: { readonly text: string; readonly ok: boolean } | undefined;
}

/** The list as loaded; `problem` (its file could not be used) is the first notice. */
export function initialWatch(codes: readonly string[], problem?: string): WatchState {
  return {
    codes,
    preset: 'last 7 days',
    rows: undefined,
    period: undefined,
    compare: undefined,
    earlier: undefined,
    cursor: 0,
    job: undefined,
    progress: undefined,
    adding: undefined,
    revision: 0,
    notice: problem === undefined ? undefined : { text: problem, ok: false },
  };
}

/** The dates and buckets of a preset, from Moscow's `today`. */
export function watchPeriod(preset: WatchPreset, today: string): WatchPeriod {
  const range = presetRange(preset, today) ?? { start: today, end: today };
  return { ...range, group: preset === 'today' ? 'hour' : 'day' };
}

export type WatchOutcome =
  | { readonly type: 'edit'; readonly watch: WatchState }
  /** Read the totals again, for the watch's preset. */
  | { readonly type: 'run'; readonly watch: WatchState }
  /** Open one code's results for the period on screen. */
  | { readonly type: 'open'; readonly code: string; readonly period: WatchPeriod }
  | { readonly type: 'back' }
  | { readonly type: 'quit' }
  | { readonly type: 'help' };

/** The codes in the order on screen: the rows' (by total), then codes added since. */
export function watchOrder(watch: WatchState): string[] {
  const shown = (watch.rows ?? [])
    .map((row) => row.code)
    .filter((code) => watch.codes.includes(code));
  return [...shown, ...watch.codes.filter((code) => !shown.includes(code))];
}

function changed(watch: WatchState, codes: readonly string[], notice: string): WatchState {
  return {
    ...watch,
    codes,
    revision: watch.revision + 1,
    notice: { text: notice, ok: true },
  };
}

function addingKey(watch: WatchState, adding: LineEdit, press: KeyPress): WatchOutcome {
  if (press.key.escape) return { type: 'edit', watch: { ...watch, adding: undefined } };
  if (!press.key.return) {
    return { type: 'edit', watch: { ...watch, adding: editLine(adding, press) } };
  }
  const code = adding.text.trim();
  const problem = codeProblem(code);
  if (problem)
    return {
      type: 'edit',
      watch: { ...watch, notice: { text: `Media code ${problem}`, ok: false } },
    };
  if (watch.codes.includes(code)) {
    return {
      type: 'edit',
      watch: {
        ...watch,
        adding: undefined,
        notice: { text: `${code} is already in the list.`, ok: false },
      },
    };
  }
  return {
    type: 'run',
    watch: { ...changed(watch, [...watch.codes, code], `Added ${code}.`), adding: undefined },
  };
}

/** `c` goes none → previous → weekday → last-year → none (insights' order). */
function nextComparison(compare: ComparisonMode | undefined): ComparisonMode | undefined {
  const modes = [undefined, ...COMPARISONS];
  return modes[(modes.indexOf(compare) + 1) % modes.length];
}

/** Keys of the watch-list screen. */
export function watchKey(watch: WatchState, today: string, press: KeyPress): WatchOutcome {
  if (watch.adding) return addingKey(watch, watch.adding, press);
  const { input, key } = press;
  const order = watchOrder(watch);
  const edit = (next: Partial<WatchState>): WatchOutcome => ({
    type: 'edit',
    watch: { ...watch, ...next },
  });
  if (key.escape) {
    if (!watch.job) return { type: 'back' };
    return edit({
      job: undefined,
      progress: undefined,
      notice: { text: 'Cancelled: r reads again.', ok: false },
    });
  }
  if (input === 'q') return { type: 'quit' };
  if (input === '?') return { type: 'help' };
  if (key.downArrow || input === 'j')
    return edit({ cursor: Math.min(watch.cursor + 1, Math.max(order.length - 1, 0)) });
  if (key.upArrow || input === 'k') return edit({ cursor: Math.max(watch.cursor - 1, 0) });
  if (input === 'a') return edit({ adding: lineAtEnd(''), notice: undefined });
  if (input === 'r') return { type: 'run', watch };
  if (input === 'c')
    return { type: 'run', watch: { ...watch, compare: nextComparison(watch.compare) } };
  if (key.leftArrow || key.rightArrow) {
    const index = WATCH_PRESETS.indexOf(watch.preset);
    const step = key.leftArrow ? -1 : 1;
    const preset =
      WATCH_PRESETS[(index + step + WATCH_PRESETS.length) % WATCH_PRESETS.length] ?? watch.preset;
    return { type: 'run', watch: { ...watch, preset } };
  }
  const code = order[watch.cursor];
  if (input === 'd' && code !== undefined) {
    const next = changed(
      watch,
      watch.codes.filter((other) => other !== code),
      `Removed ${code}.`,
    );
    return edit({
      ...next,
      rows: watch.rows?.filter((row) => row.code !== code),
      cursor: Math.max(Math.min(watch.cursor, order.length - 2), 0),
    });
  }
  if (key.return && code !== undefined) {
    return { type: 'open', code, period: watch.period ?? watchPeriod(watch.preset, today) };
  }
  return edit({});
}
