import {
  bucketsOf,
  comparePeriods,
  comparisonSeries,
  exactTotal,
  isLocalGrouping,
  MS_PER_HOUR,
  type Grouping,
  type PeriodComparison,
} from '@boomstream/insights/periods';
import type { PageOfKind } from '@boomstream/spec';
import { Box, Text } from 'ink';
import { useMemo } from 'react';

import { sessionSeries, viewingSeries } from '../chart/series.js';
import { columnsByKind, tableColumns } from '../data/columns.js';
import { emptyAnswer } from '../data/empty-answer.js';
import { periodColumns, periodRows, signedHours, type PeriodRow } from '../data/period-columns.js';
import { orderOf } from '../data/params.js';
import type { QueryParams } from '../data/source.js';
import { formatCount, formatHours, plural } from '../format.js';
import type { MethodEntry } from '../registry.js';
import { readsEverything, type PeriodView } from '../state/periods.js';
import {
  filteredData,
  headerOf,
  requestedPage,
  sortedRows,
  visibleRows,
  withVisibleRows,
  type Loaded,
  type ResultsState,
} from '../state/results.js';
import { Chart } from './Chart.js';
import { ErrorPanel, errorPanelHeight } from './ErrorPanel.js';
import { ProgressBar } from './ProgressBar.js';
import { LazySessionDetail } from './LazySessionDetail.js';
import { Waiting } from './Waiting.js';
import { Table } from './Table.js';

export interface ResultsProps {
  readonly method: MethodEntry;
  readonly results: ResultsState;
  readonly width: number;
  /** Lines the results may take. */
  readonly height: number;
  /** What a running request waits for, said after a second: the API's host, or the demo server. */
  readonly waitingFor: string;
  /** No colours (NO_COLOR): the chart's earlier period takes another glyph. */
  readonly plain?: boolean;
  /** Moscow's today: a comparison whose period ends today says its last day is not over. */
  readonly today?: string;
}

/** Weeks or months summed from the days shown, and the comparison with the earlier period. */
interface Periods {
  readonly grouping: Grouping;
  readonly comparison: PeriodComparison | undefined;
  readonly rows: readonly PeriodRow[];
}

/** The buckets of the rows `shown`, by insights (the CLI's sums); none for a plain view. */
function periodsOf(shown: Loaded, view: PeriodView, today?: string): Periods | undefined {
  if (shown.kind !== 'stats' || !readsEverything(view)) return undefined;
  const grouping = view.grouping ?? shown.header.groupBy;
  const period = shown.header.period;
  const comparison =
    view.compare && shown.earlier
      ? comparePeriods({
          mode: view.compare,
          grouping,
          period,
          current: shown.items,
          earlier: shown.earlier,
          ...(today !== undefined && { today }),
        })
      : undefined;
  const rows = periodRows(comparison, () => bucketsOf(shown.items, period, grouping));
  return { grouping, comparison, rows };
}

/** The comparison in a line: the earlier period's total and the change (never +∞ %). */
function comparisonLine({ earlier, change, mode }: PeriodComparison): string {
  return `${mode} ${earlier.start} → ${earlier.end}: ${formatHours(earlier.hours)} h · change ${signedHours(change.hours)} h (${change.summary})`;
}

/** The period a chart spans: the one the server reports, else the one asked for, else the data's. */
function periodOf(data: Loaded, params: QueryParams) {
  if (data.kind === 'stats') return data.header.period;
  const days = data.items.map((item) => item.createdAt.slice(0, 10)).sort();
  const start = params['start'] ?? days[0];
  const end = params['end'] ?? days.at(-1);
  return typeof start === 'string' && typeof end === 'string' ? { start, end } : undefined;
}

/** How much the page, or the full read, holds. */
function statsPaging(header: PageOfKind<'stats'>, all: boolean): string {
  const items = `${plural(header.itemCount, 'item')} in all`;
  if (all) return `all ${plural(header.pageCount, 'page')} · ${items}`;
  return header.pageCount > 1 ? `page ${header.page} of ${header.pageCount} · ${items}` : '1 page';
}

/**
 * Two lines: what was asked (method, period, grouping, source), then what came (totals
 * of the rows `shown` through the filter, and paging).
 */
function headerLines(
  method: MethodEntry,
  data: Loaded,
  shown: Loaded,
  params: QueryParams,
  periods: Periods | undefined,
): string[] {
  const period = periodOf(data, params);
  const code = params['code'];
  const asked = [
    method.title,
    ...(typeof code === 'string' ? [`code ${code}`] : []),
    period ? `${period.start} → ${period.end} (Moscow)` : 'no period',
  ];
  const filtered =
    shown.items.length === data.items.length
      ? ''
      : ` (filtered from ${formatCount(data.items.length)})`;
  const page = data.all ? 1 : requestedPage(params);
  const empty = emptyAnswer(headerOf(data), page);
  if (shown.kind === 'stats') {
    const { header, items, all } = shown;
    // Exact: milliseconds summed, rounded once (the CLI and the watch list agree).
    const { hours } = exactTotal(items);
    asked.push(`by ${periods?.grouping ?? header.groupBy}`, `source ${header.sourceType}`);
    const total = empty ?? `${formatHours(hours)} h in ${plural(items.length, 'row')}${filtered}`;
    const comparison = periods?.comparison;
    // The earlier period's last day is whole, today is not: the change understates.
    const today = comparison?.current.partialDay ? ['today not over'] : [];
    const lines = [asked.join(' · '), [total, statsPaging(header, all), ...today].join(' · ')];
    return comparison ? [...lines, comparisonLine(comparison)] : lines;
  }
  const paging = data.all ? 'all pages' : `page ${page}${data.hasNext ? ' (more)' : ''}`;
  const count = empty ?? `${plural(shown.items.length, 'session')}${filtered}`;
  return [asked.join(' · '), [count, paging].join(' · ')];
}

/** What the time axis says under a week or a month: its first day. */
const AXIS_DAY = (row: PeriodRow) => row.date.slice(5);

/** The chart of the rows shown: hours of viewing per bucket, or sessions per day. */
function chartOf(
  shown: Loaded,
  period: { readonly start: string; readonly end: string },
  periods: Periods | undefined,
) {
  if (shown.kind === 'stats' && periods) {
    const { grouping, comparison, rows } = periods;
    const series = comparison && comparisonSeries(comparison);
    const local = isLocalGrouping(grouping);
    return {
      values: series?.current ?? rows.map((row) => row.timeMs / MS_PER_HOUR),
      earlier: series?.earlier,
      labels: local ? rows.map(AXIS_DAY) : undefined,
      bucket: grouping,
      title: 'Hours of viewing',
      unit: 'h',
    };
  }
  return shown.kind === 'stats'
    ? {
        values: viewingSeries(period, shown.header.groupBy, shown.items),
        earlier: undefined,
        labels: undefined,
        bucket: shown.header.groupBy,
        title: 'Hours of viewing',
        unit: 'h',
      }
    : {
        values: sessionSeries(period, shown.items),
        earlier: undefined,
        labels: undefined,
        bucket: 'day' as const,
        title: 'Sessions',
        unit: 'sessions',
      };
}

function FilterRow({ results }: { readonly results: ResultsState }) {
  if (!results.filterEditing && !results.filter) return null;
  return (
    <Text>
      Filter:{' '}
      <Text underline>
        {results.filterEditing
          ? `${results.filter.slice(0, results.filterCaret)}▏${results.filter.slice(results.filterCaret)}`
          : results.filter}
      </Text>
      <Text dimColor>{results.filterEditing ? ' enter keep · esc clear' : ' (/ to change)'}</Text>
    </Text>
  );
}

/** One line for what is going on: the export prompt, loading, or the last notice. */
function StatusRow({
  results,
  width,
  waitingFor,
}: {
  readonly results: ResultsState;
  readonly width: number;
  readonly waitingFor: string;
}) {
  if (results.prompt) {
    const hint = results.prompt.overwrite
      ? ' already exists: enter overwrites · esc cancel'
      : ' enter write · tab CSV/JSON/XLSX · esc cancel';
    return (
      <Text>
        Export to:{' '}
        <Text underline>
          {`${results.prompt.path.slice(0, results.prompt.caret)}▏${results.prompt.path.slice(results.prompt.caret)}`}
        </Text>
        <Text {...(results.prompt.overwrite ? { color: 'yellow' } : { dimColor: true })}>
          {hint}
        </Text>
      </Text>
    );
  }
  if (results.job?.kind === 'all' && results.progress) {
    const { page, pageCount, items } = results.progress;
    return (
      <ProgressBar done={page} total={pageCount} items={items} width={Math.min(40, width / 3)} />
    );
  }
  if (results.job) {
    // Keyed by the job: a new request counts its wait from 0.
    return (
      <Waiting
        key={results.job.id}
        label={results.job.kind === 'all' ? 'Loading every page…' : 'Loading…'}
        waitingFor={waitingFor}
      />
    );
  }
  const { notice } = results;
  return notice ? <Text color={notice.ok ? 'green' : 'yellow'}>{notice.text}</Text> : null;
}

/** The session at the cursor, whole, among the rows on screen (filtered and sorted as shown). */
function SessionAtCursor({
  results,
  width,
  height,
}: {
  readonly results: ResultsState;
  readonly width: number;
  readonly height: number;
}) {
  const { data, cursor } = results;
  if (data?.kind !== 'sessions') return null;
  const rows = visibleRows(columnsByKind.sessions, data.items, results.filter, results.sort);
  const session = rows[cursor];
  if (!session) return null;
  // The same text as the table's cells, label by label.
  const fields = tableColumns(columnsByKind.sessions)
    .filter((column) => column.key !== 'userAgent')
    .map((column) => [column.title, column.cell(session)] as const);
  return (
    <LazySessionDetail
      title={`Session ${cursor + 1} of ${rows.length}`}
      fields={fields}
      userAgent={session.userAgent}
      width={width}
      height={height}
    />
  );
}

/**
 * The buckets in the order asked for, as the CLI exports them (the chart keeps time
 * order), then sorted by `s` on the bucket table's own columns, as the items' table is.
 */
function BucketTable({
  periods,
  results,
  height,
  width,
}: {
  readonly periods: Periods;
  readonly results: ResultsState;
  readonly height: number;
  readonly width: number;
}) {
  const columns = periodColumns(periods.comparison !== undefined);
  const ordered = orderOf(results.params) === 'desc' ? periods.rows.toReversed() : periods.rows;
  return (
    <Table
      columns={columns}
      rows={sortedRows(columns, ordered, results.sort)}
      cursor={Math.min(results.cursor, Math.max(periods.rows.length - 1, 0))}
      height={height}
      width={width}
      sort={results.sort}
    />
  );
}

/** The header, the chart, the table and whatever is going on (loading, error, prompt). */
export function Results({
  method,
  results,
  width,
  height,
  waitingFor,
  plain = false,
  today,
}: ResultsProps) {
  const { data, filter, view } = results;
  // The chart and the totals follow the filter, as the table does. Both are kept between
  // renders: a cursor move must not filter again nor sum a year of hours again.
  const shown = useMemo(() => data && filteredData(data, filter), [data, filter]);
  const periods = useMemo(() => shown && periodsOf(shown, view, today), [shown, view, today]);
  if (results.detail) {
    return <SessionAtCursor results={results} width={width} height={height} />;
  }
  const period = data && periodOf(data, results.params);
  const lines = data && shown ? headerLines(method, data, shown, results.params, periods) : [];
  const extras = (results.error ? errorPanelHeight(results.error, width) : 0) + 2;
  const chartHeight = Math.min(Math.max(Math.floor(height / 5), 2), 8);
  const tableHeight = Math.max(height - lines.length - (chartHeight + 2) - 2 - extras, 3);
  const chart = shown && period && chartOf(shown, period, periods);
  return (
    <Box flexDirection="column">
      {data && shown ? (
        <>
          {lines.map((line, index) => (
            <Text key={index} bold={index === 0} wrap="truncate-end">
              {line}
            </Text>
          ))}
          {period && chart ? (
            <Chart
              values={chart.values}
              earlier={chart.earlier}
              labels={chart.labels}
              plain={plain}
              bucket={chart.bucket}
              title={chart.title}
              unit={chart.unit}
              from={period.start}
              width={width}
              height={chartHeight}
            />
          ) : null}
          {periods ? (
            <BucketTable periods={periods} results={results} height={tableHeight} width={width} />
          ) : (
            withVisibleRows(results, (columns, rows) => (
              <Table
                columns={tableColumns(columns)}
                rows={rows}
                cursor={results.cursor}
                height={tableHeight}
                width={width}
                sort={results.sort}
              />
            ))
          )}
        </>
      ) : null}
      {results.error ? <ErrorPanel message={results.error} width={width} /> : null}
      <FilterRow results={results} />
      <StatusRow results={results} width={width} waitingFor={waitingFor} />
    </Box>
  );
}
