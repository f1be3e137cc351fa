import { compareCodes, exactTotal, type CodesComparison } from '@boomstream/insights/periods';
import { Box, Text } from 'ink';

import { sparkline, sparklineMax } from '../chart/sparkline.js';
import { fit, formatHours, plural } from '../format.js';
import { watchOrder, watchPeriod, type WatchState } from '../state/watch.js';
import { countedRows, type WatchRow } from '../watch/totals.js';
import { Spinner } from './Spinner.js';

export interface WatchViewProps {
  readonly watch: WatchState;
  /** The file the list is saved in; `undefined` for the demo's list, kept in memory. */
  readonly path: string | undefined;
  readonly today: string;
  readonly width: number;
  /** Lines the view may take. */
  readonly height: number;
}

const CODE_WIDTH = 8;
const HOURS_WIDTH = 14;
/** The marker, the code, the total and the gaps before the sparkline. */
const FIXED_WIDTH = 2 + CODE_WIDTH + 1 + HOURS_WIDTH + 2;
/** The change column when comparing: `no earlier data` whole, and a gap. */
const CHANGE_WIDTH = 16;
/** Lines besides the rows: the header, the column titles, the total and the status line. */
const CHROME = 5;

/** What is going on: typing a code, reading the totals, or the last notice. */
function StatusRow({ watch }: { readonly watch: WatchState }) {
  if (watch.adding) {
    const { text, caret } = watch.adding;
    return (
      <Text>
        Add a media code: <Text underline>{`${text.slice(0, caret)}▏${text.slice(caret)}`}</Text>
        <Text dimColor> enter add · esc cancel</Text>
      </Text>
    );
  }
  if (watch.job) {
    const progress = watch.progress;
    const done = progress
      ? `${progress.done} of ${plural(progress.codes, 'code')} · ${plural(progress.pages, 'page')} read`
      : '';
    return <Spinner label={`Reading every code's totals… ${done}`} />;
  }
  return watch.notice ? (
    <Text color={watch.notice.ok ? 'green' : 'yellow'} wrap="truncate-end">
      {watch.notice.text}
    </Text>
  ) : null;
}

/**
 * What the total covers: every code, or the codes read and why the others are left out
 * (an unknown code is not zero hours).
 */
export function totalLabel(rows: readonly WatchRow[]): string {
  const counted = countedRows(rows);
  // Exact: the codes' milliseconds summed, rounded once.
  const total = exactTotal(counted).hours;
  const notFound = rows.filter((row) => row.notFound).length;
  const failed = rows.length - counted.length - notFound;
  const left = [
    notFound > 0 ? `${notFound} not found` : undefined,
    failed > 0 ? `${failed} failed` : undefined,
  ].filter((part) => part !== undefined);
  const covers =
    left.length === 0
      ? `All ${plural(rows.length, 'code')}`
      : `${counted.length} of ${plural(rows.length, 'code')} (${left.join(', ')})`;
  return `${covers}: ${formatHours(total)} h`;
}

/**
 * The earlier period's total and the change, both over the codes read in both periods
 * only (insights' `compareCodes`, as the export's): a code that failed in one period is
 * left out of both, and the label says how many codes that leaves.
 */
function comparisonLabel(watch: WatchState, comparison: CodesComparison | undefined): string {
  // The mode the rows on screen were read with: a new one shows once its read ends.
  const { earlier } = watch;
  if (!earlier || !comparison) return '';
  const { codesCompared, codes } = comparison;
  const compared =
    codesCompared === codes.length ? '' : ` of the ${plural(codesCompared, 'code')} read in both`;
  return ` · ${earlier.mode} ${earlier.period.start} → ${earlier.period.end}${compared}: ${formatHours(comparison.earlier.hours)} h (${comparison.change.summary})`;
}

/** Several media codes side by side for one period: total hours, a sparkline, sorted by total. */
export function WatchView({ watch, path, today, width, height }: WatchViewProps) {
  const period = watch.job?.period ?? watch.period ?? watchPeriod(watch.preset, today);
  const rows = new Map((watch.rows ?? []).map((row) => [row.code, row]));
  const order = watchOrder(watch);
  // Each code's change, when the rows were read with a comparison.
  const comparison =
    watch.earlier &&
    compareCodes({
      mode: watch.earlier.mode,
      period,
      earlierPeriod: watch.earlier.period,
      current: [...rows.values()],
      earlier: watch.earlier.rows,
    });
  const earlier =
    comparison && new Map(comparison.codes.map((code) => [code.code, code.change?.summary ?? '']));
  const changeWidth = earlier ? CHANGE_WIDTH : 0;
  const sparkWidth = Math.max(Math.min(width - FIXED_WIDTH - changeWidth, 60), 8);
  const max = Math.max(0, ...[...rows.values()].map((row) => sparklineMax(row.series, sparkWidth)));
  const visible = Math.max(height - CHROME, 1);
  const first = Math.min(
    Math.max(watch.cursor - visible + 1, 0),
    Math.max(order.length - visible, 0),
  );
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">
        Watch list · {period.start} → {period.end} (Moscow) · ‹ {watch.preset} ›
        {watch.compare ? ` · compare ${watch.compare}` : ''}
      </Text>
      <Text dimColor wrap="truncate-end">
        {plural(watch.codes.length, 'code')} ·{' '}
        {path ?? 'the demo’s list, for this run only: never saved'}
      </Text>
      <Text bold underline wrap="truncate-end">
        {'  '}
        {fit('Code', CODE_WIDTH)} {fit('Total hours', HOURS_WIDTH, 'right')}
        {earlier ? fit('Change', changeWidth, 'right') : ''}
        {'  '}
        {fit(`Hours per ${period.group}`, sparkWidth)}
      </Text>
      {order.length === 0 ? <Text dimColor>No codes yet: press a to add one.</Text> : null}
      {order.slice(first, first + visible).map((code, index) => {
        const row = rows.get(code);
        const selected = first + index === watch.cursor;
        const detail = row?.notFound
          ? '✖ the API has no media of this code · d removes it'
          : row?.error
            ? `✖ ${row.error}`
            : row
              ? sparkline(row.series, sparkWidth, max)
              : '…';
        return (
          <Text key={code} wrap="truncate-end" {...(selected && { inverse: true })}>
            {selected ? '› ' : '  '}
            {fit(code, CODE_WIDTH)}{' '}
            {fit(
              row?.notFound ? 'not found' : row && !row.error ? `${formatHours(row.hours)} h` : '',
              HOURS_WIDTH,
              'right',
            )}
            {earlier ? fit(earlier.get(code) ?? '', changeWidth, 'right') : ''}
            {'  '}
            <Text {...(row?.error ? { color: 'red' } : { color: 'green' })}>{detail}</Text>
          </Text>
        );
      })}
      <Text dimColor wrap="truncate-end">
        {rows.size > 0
          ? `${totalLabel([...rows.values()])}${comparisonLabel(watch, comparison)} · sorted by total · enter opens a code`
          : ''}
      </Text>
      <StatusRow watch={watch} />
    </Box>
  );
}
