import { exactTotal } from '@boomstream/insights';
import type { PageOfKind } from '@boomstream/spec';
import { Box, Text } from 'ink';

import { sessionSeries, viewingSeries } from '../chart/series.js';
import { columnsByKind, tableColumns } from '../data/columns.js';
import { emptyAnswer } from '../data/empty-answer.js';
import type { QueryParams } from '../data/source.js';
import { formatCount, formatHours, plural } from '../format.js';
import type { MethodEntry } from '../registry.js';
import {
  filteredData,
  headerOf,
  requestedPage,
  visibleRows,
  withVisibleRows,
  type Loaded,
  type ResultsState,
} from '../state/results.js';
import { Chart } from './Chart.js';
import { ErrorPanel, errorPanelHeight } from './ErrorPanel.js';
import { ProgressBar } from './ProgressBar.js';
import { SessionDetail } from './SessionDetail.js';
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
): [string, string] {
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
    asked.push(`by ${header.groupBy}`, `source ${header.sourceType}`);
    const total = empty ?? `${formatHours(hours)} h in ${plural(items.length, 'row')}${filtered}`;
    return [asked.join(' · '), [total, statsPaging(header, all)].join(' · ')];
  }
  const paging = data.all ? 'all pages' : `page ${page}${data.hasNext ? ' (more)' : ''}`;
  const count = empty ?? `${plural(shown.items.length, 'session')}${filtered}`;
  return [asked.join(' · '), [count, paging].join(' · ')];
}

/** The chart of the rows shown: hours of viewing per bucket, or sessions per day. */
function chartOf(shown: Loaded, period: { readonly start: string; readonly end: string }) {
  return shown.kind === 'stats'
    ? {
        values: viewingSeries(period, shown.header.groupBy, shown.items),
        bucket: shown.header.groupBy,
        title: 'Hours of viewing',
        unit: 'h',
      }
    : {
        values: sessionSeries(period, shown.items),
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
      : ' enter write · tab CSV/JSON · esc cancel';
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
    <SessionDetail
      title={`Session ${cursor + 1} of ${rows.length}`}
      fields={fields}
      userAgent={session.userAgent}
      width={width}
      height={height}
    />
  );
}

/** The header, the chart, the table and whatever is going on (loading, error, prompt). */
export function Results({ method, results, width, height, waitingFor }: ResultsProps) {
  const { data } = results;
  if (results.detail) {
    return <SessionAtCursor results={results} width={width} height={height} />;
  }
  const extras = (results.error ? errorPanelHeight(results.error, width) : 0) + 2;
  const chartHeight = Math.min(Math.max(Math.floor(height / 5), 2), 8);
  const tableHeight = Math.max(height - 2 - (chartHeight + 2) - 2 - extras, 3);
  const period = data && periodOf(data, results.params);
  // The chart and the totals follow the filter, as the table does.
  const shown = data && filteredData(data, results.filter);
  const chart = shown && period && chartOf(shown, period);
  return (
    <Box flexDirection="column">
      {data && shown ? (
        <>
          {headerLines(method, data, shown, results.params).map((line, index) => (
            <Text key={index} bold={index === 0} wrap="truncate-end">
              {line}
            </Text>
          ))}
          {period && chart ? (
            <Chart
              values={chart.values}
              bucket={chart.bucket}
              title={chart.title}
              unit={chart.unit}
              from={period.start}
              width={width}
              height={chartHeight}
            />
          ) : null}
          {withVisibleRows(results, (columns, rows) => (
            <Table
              columns={tableColumns(columns)}
              rows={rows}
              cursor={results.cursor}
              height={tableHeight}
              width={width}
              sort={results.sort}
            />
          ))}
        </>
      ) : null}
      {results.error ? <ErrorPanel message={results.error} width={width} /> : null}
      <FilterRow results={results} />
      <StatusRow results={results} width={width} waitingFor={waitingFor} />
    </Box>
  );
}
