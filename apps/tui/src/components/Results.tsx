import type { SessionItem, StatsItem } from '@boomstream/spec';
import { Box, Text } from 'ink';

import { sessionSeries, viewingSeries } from '../chart/series.js';
import { resultKind, tableColumns, type AnyItem } from '../data/columns.js';
import type { AnyPage, QueryParams } from '../data/source.js';
import { emptyAnswer } from '../data/empty-answer.js';
import { formatCount, formatHours, plural } from '../format.js';
import type { MethodEntry } from '../registry-types.js';
import {
  filteredItems,
  requestedPage,
  rowsOf,
  type Loaded,
  type ResultsState,
} from '../state/results.js';
import { Chart } from './Chart.js';
import { ErrorPanel, errorPanelHeight } from './ErrorPanel.js';
import { ProgressBar } from './ProgressBar.js';
import { Spinner } from './Spinner.js';
import { Table } from './Table.js';

export interface ResultsProps {
  readonly method: MethodEntry;
  readonly results: ResultsState;
  readonly width: number;
  /** Lines the results may take. */
  readonly height: number;
}

function isStatsPage(page: AnyPage): page is Extract<AnyPage, { period: unknown }> {
  return 'period' in page;
}

/** The period a chart spans: the one the server reports, else the one asked for, else the data's. */
function periodOf(header: AnyPage, params: QueryParams, items: readonly AnyItem[]) {
  if (isStatsPage(header)) return header.period;
  const days = (items as readonly SessionItem[]).map((item) => item.createdAt.slice(0, 10)).sort();
  const start = params['start'] ?? days[0];
  const end = params['end'] ?? days.at(-1);
  return typeof start === 'string' && typeof end === 'string' ? { start, end } : undefined;
}

/** How much the page, or the full read, holds. */
function statsPaging(header: Extract<AnyPage, { period: unknown }>, all: boolean): string {
  const items = `${plural(header.itemCount, 'item')} in all`;
  if (all) return `all ${plural(header.pageCount, 'page')} · ${items}`;
  return header.pageCount > 1 ? `page ${header.page} of ${header.pageCount} · ${items}` : '1 page';
}

/**
 * Two lines: what was asked (method, period, grouping, source), then what came (totals
 * of the rows shown, through the filter, and paging).
 */
function headerLines(
  method: MethodEntry,
  data: Loaded,
  params: QueryParams,
  shown: readonly AnyItem[],
): [string, string] {
  const { header, items, all } = data;
  const period = periodOf(header, params, items);
  const code = params['code'];
  const asked = [
    method.title,
    ...(typeof code === 'string' ? [`code ${code}`] : []),
    period ? `${period.start} → ${period.end} (Moscow)` : 'no period',
  ];
  const filtered =
    shown.length === items.length ? '' : ` (filtered from ${formatCount(items.length)})`;
  if (isStatsPage(header)) {
    const hours = (shown as readonly StatsItem[]).reduce((sum, item) => sum + item.hours, 0);
    asked.push(`by ${header.groupBy}`, `source ${header.sourceType}`);
    const total =
      emptyAnswer(header, all ? 1 : header.page) ??
      `${formatHours(hours)} h in ${plural(shown.length, 'row')}${filtered}`;
    return [asked.join(' · '), [total, statsPaging(header, all)].join(' · ')];
  }
  const page = requestedPage(params);
  const paging = all ? 'all pages' : `page ${page}${data.hasNext ? ' (more)' : ''}`;
  const count =
    emptyAnswer(header, all ? 1 : page) ?? `${plural(shown.length, 'session')}${filtered}`;
  return [asked.join(' · '), [count, paging].join(' · ')];
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
function StatusRow({ results, width }: { readonly results: ResultsState; readonly width: number }) {
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
  if (results.job)
    return <Spinner label={results.job.kind === 'all' ? 'Loading every page…' : 'Loading…'} />;
  const { notice } = results;
  return notice ? <Text color={notice.ok ? 'green' : 'yellow'}>{notice.text}</Text> : null;
}

/** The header, the chart, the table and whatever is going on (loading, error, prompt). */
export function Results({ method, results, width, height }: ResultsProps) {
  const kind = resultKind(method.spec);
  const columns = tableColumns(kind);
  const { data } = results;
  // The chart and the totals follow the filter, as the table does.
  const shown = data ? filteredItems(columns, data.items, results.filter) : [];
  const extras = (results.error ? errorPanelHeight(results.error, width) : 0) + 2;
  const chartHeight = Math.min(Math.max(Math.floor(height / 5), 2), 8);
  const tableHeight = Math.max(height - 2 - (chartHeight + 2) - 2 - extras, 3);
  const period = data && periodOf(data.header, results.params, data.items);
  const values =
    data && period
      ? isStatsPage(data.header)
        ? viewingSeries(period, data.header.groupBy, shown as readonly StatsItem[])
        : sessionSeries(period, shown as readonly SessionItem[])
      : [];
  return (
    <Box flexDirection="column">
      {data ? (
        <>
          {headerLines(method, data, results.params, shown).map((line, index) => (
            <Text key={index} bold={index === 0} wrap="truncate-end">
              {line}
            </Text>
          ))}
          {period ? (
            <Chart
              values={values}
              bucket={isStatsPage(data.header) ? data.header.groupBy : 'day'}
              title={kind === 'stats' ? 'Hours of viewing' : 'Sessions'}
              unit={kind === 'stats' ? 'h' : 'sessions'}
              from={period.start}
              width={width}
              height={chartHeight}
            />
          ) : null}
          <Table
            columns={columns}
            rows={rowsOf(method.spec, results)}
            cursor={results.cursor}
            height={tableHeight}
            width={width}
            sort={results.sort}
          />
        </>
      ) : null}
      {results.error ? <ErrorPanel message={results.error} width={width} /> : null}
      <FilterRow results={results} />
      <StatusRow results={results} width={width} />
    </Box>
  );
}
