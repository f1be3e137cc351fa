import { median, spread } from './stats.js';

/** Whether a case meets its target by a ratio (or a value) at least or at most the target. */
export type Direction = 'at least' | 'at most';

/** One line of `bench/results.json`. `null` where the case was not measured. */
export interface BenchResult {
  readonly id: string;
  /** The case's figure (median of the rounds), in `unit`. */
  readonly value: number | null;
  /** The baseline's figure, measured in the same rounds, in `unit`; `null` for an absolute target. */
  readonly baseline: number | null;
  /** Median of the rounds' own ratios (case ÷ baseline), or of the values for an absolute target. */
  readonly ratio: number | null;
  /** What the ratio (or value, with no baseline) must reach, e.g. `≥ 0.5`; `—` for a figure to watch. */
  readonly target: string;
  readonly unit: string;
  /** Largest distance of a round's ratio from the median, as a share of it. */
  readonly spread: number | null;
  readonly rounds: number;
  /** `null` when not measured, or for a figure to watch, which has no target. */
  readonly met: boolean | null;
  readonly note: string;
}

/** What a case declares about itself. */
export interface CaseInfo {
  readonly id: string;
  readonly unit: string;
  readonly direction: Direction;
  /** `undefined` for a figure to watch: measured and reported, with no budget. */
  readonly target: number | undefined;
  readonly note: string;
}

/** One round: the case's figure and, when it has one, its baseline's, measured back to back. */
export interface Round {
  readonly value: number;
  readonly baseline?: number;
}

const meets = (direction: Direction, figure: number, target: number) =>
  direction === 'at least' ? figure >= target : figure <= target;

/** A case's result from its rounds: medians, the median of per-round ratios, and their spread. */
export function summarize(info: CaseInfo, rounds: readonly Round[]): BenchResult {
  const values = rounds.map(({ value }) => value);
  const baselines = rounds.flatMap(({ baseline }) => (baseline === undefined ? [] : [baseline]));
  const paired = baselines.length === rounds.length;
  const figures = paired
    ? rounds.map(({ value, baseline }) => value / (baseline ?? Number.NaN))
    : values;
  const ratio = median(figures);
  return {
    id: info.id,
    value: median(values),
    baseline: paired ? median(baselines) : null,
    ratio: paired ? ratio : null,
    target:
      info.target === undefined
        ? '—'
        : `${info.direction === 'at least' ? '≥' : '≤'} ${info.target}`,
    unit: info.unit,
    spread: spread(figures),
    rounds: rounds.length,
    met: info.target === undefined ? null : meets(info.direction, ratio, info.target),
    note: info.note,
  };
}

/** A case that is not measured yet: it says so, with no number. */
export function notMeasured(info: CaseInfo, why: string): BenchResult {
  return {
    ...summarize(info, [{ value: 0 }]),
    value: null,
    ratio: null,
    spread: null,
    rounds: 0,
    met: null,
    note: `not measured: ${why}`,
  };
}

const figure = (value: number | null, digits = 3) =>
  value === null ? '—' : Number(value.toPrecision(digits)).toString();

/** The results as a Markdown table, as the README shows them. */
export function table(results: readonly BenchResult[]): string {
  const rows = results.map((r) =>
    [
      r.id,
      figure(r.value),
      figure(r.baseline),
      figure(r.ratio),
      r.target,
      r.met === null ? '—' : r.met ? 'yes' : 'no',
      r.spread === null ? '—' : `±${(r.spread * 100).toFixed(0)} %`,
      r.unit,
      r.note,
    ].join(' | '),
  );
  return [
    '| id | value | baseline | ratio | target | met | spread | unit | note |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}
