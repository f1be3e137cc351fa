import { columnsByKind } from '../data/columns.js';
import { orderOf } from '../data/params.js';
import type { KindedItems } from '../data/source.js';
import { bucketTable, headerOf, visibleRows, type ResultsState } from '../state/results.js';
import { queryExport, type ExportDocument, type QueryExportInput } from './document.js';

/**
 * The UI's export of the results screen: the CLI's export of the same query, with the
 * rows on screen (filtered and sorted as shown; a bucket table's in the order asked for).
 * `undefined` before any data. A grouping or a comparison the screen shows goes in `extra`.
 */
export function resultsExport(
  results: ResultsState,
  extra: Pick<QueryExportInput, 'grouping' | 'compare'> = {},
): ExportDocument | undefined {
  const { data, filter, params } = results;
  if (!data) return undefined;
  // Buckets are summed from the items and come in the order asked for, as the CLI's;
  // `s` sorts them on screen only (help says so).
  const sort = bucketTable(results) ? undefined : results.sort;
  const items: KindedItems =
    data.kind === 'stats'
      ? { kind: 'stats', items: visibleRows(columnsByKind.stats, data.items, filter, sort) }
      : { kind: 'sessions', items: visibleRows(columnsByKind.sessions, data.items, filter, sort) };
  // Weeks, months and comparison buckets summed from the rows follow the order asked for.
  return queryExport({
    ...extra,
    header: headerOf(data),
    items,
    all: data.all,
    order: orderOf(params),
  });
}
