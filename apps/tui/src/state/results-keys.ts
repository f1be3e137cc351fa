import type { MethodEntry } from '../registry.js';
import { cursorMove } from './cursor.js';
import type { KeyPress } from './context.js';
import { editLine, lineAtEnd } from './line-edit.js';
import {
  bucketTable,
  nextSort,
  requestedPage,
  reverseSort,
  sortColumns,
  tableRowCount,
  type ExportJob,
  type ExportPrompt,
  type Job,
  type ResultsState,
} from './results.js';

export type ResultsOutcome =
  | { readonly type: 'edit'; readonly results: ResultsState }
  /** Run a request; the reducer numbers it. */
  | { readonly type: 'run'; readonly results: ResultsState; readonly request: Omit<Job, 'id'> }
  | {
      readonly type: 'export';
      readonly results: ResultsState;
      readonly export: Omit<ExportJob, 'id'>;
    }
  | { readonly type: 'back' }
  | { readonly type: 'quit' }
  | { readonly type: 'help' };

/** A default export file name that says what it holds. */
export function defaultExportPath(method: MethodEntry, results: ResultsState): string {
  const { params } = results;
  const range = [params['start'], params['end']].filter((part) => part !== undefined).join('_');
  const page = results.data?.all ? 'all' : `p${requestedPage(params)}`;
  return `boomstream-${[method.name, range, page].filter(Boolean).join('-')}.csv`;
}

/** The export formats tab cycles through, by the file's extension: CSV → JSON → XLSX (a workbook). */
const EXPORT_EXTENSIONS = ['.csv', '.json', '.xlsx'] as const;

/** Tab in the export prompt moves the file to the next format by its extension. */
export function toggleFormat(path: string): string {
  const index = EXPORT_EXTENSIONS.findIndex((extension) => path.endsWith(extension));
  const current = EXPORT_EXTENSIONS[index];
  if (current === undefined) return `${path}.csv`;
  const next = EXPORT_EXTENSIONS[(index + 1) % EXPORT_EXTENSIONS.length] ?? '.csv';
  return `${path.slice(0, -current.length)}${next}`;
}

function promptKey(results: ResultsState, prompt: ExportPrompt, press: KeyPress): ResultsOutcome {
  if (press.key.escape) return { type: 'edit', results: { ...results, prompt: undefined } };
  const path = prompt.path.trim();
  if (press.key.return && path !== '') {
    const job = { path, overwrite: prompt.overwrite };
    return { type: 'export', results: { ...results, prompt: undefined }, export: job };
  }
  const next = press.key.tab
    ? lineAtEnd(toggleFormat(prompt.path))
    : editLine({ text: prompt.path, caret: prompt.caret }, press);
  const overwrite = prompt.overwrite && next.text === prompt.path;
  return {
    type: 'edit',
    results: { ...results, prompt: { path: next.text, caret: next.caret, overwrite } },
  };
}

function filterKey(results: ResultsState, press: KeyPress): ResultsOutcome {
  if (press.key.escape) {
    return {
      type: 'edit',
      results: { ...results, filter: '', filterCaret: 0, filterEditing: false, cursor: 0 },
    };
  }
  if (press.key.return) return { type: 'edit', results: { ...results, filterEditing: false } };
  const { text, caret } = editLine({ text: results.filter, caret: results.filterCaret }, press);
  return {
    type: 'edit',
    results: { ...results, filter: text, filterCaret: caret, cursor: 0 },
  };
}

function pageRequest(results: ResultsState, page: number): Omit<Job, 'id'> {
  return { kind: 'page', params: { ...results.params, page } };
}

function promptAt(path: string): Pick<ExportPrompt, 'path' | 'caret'> {
  const { text, caret } = lineAtEnd(path);
  return { path: text, caret };
}

/** Keys of the results screen. */
export function resultsKey(
  results: ResultsState,
  method: MethodEntry,
  press: KeyPress,
): ResultsOutcome {
  const { input, key } = press;
  if (results.prompt) return promptKey(results, results.prompt, press);
  if (results.filterEditing) return filterKey(results, press);
  const edit = (next: Partial<ResultsState>): ResultsOutcome => ({
    type: 'edit',
    results: { ...results, ...next },
  });
  const run = (request: Omit<Job, 'id'>): ResultsOutcome => ({ type: 'run', results, request });
  const rowCount = tableRowCount(results);
  const { data } = results;
  if (results.detail) {
    if (key.escape) return edit({ detail: false });
    if (input === 'q') return { type: 'quit' };
    if (input === '?') return { type: 'help' };
    return edit({ cursor: cursorMove(press, results.cursor, rowCount) ?? results.cursor });
  }
  if (key.return && data?.kind === 'sessions' && rowCount > 0) return edit({ detail: true });

  if (key.escape) {
    if (!results.job) return { type: 'back' };
    // Said in words: with no data yet, the screen would otherwise be blank.
    const notice = { text: 'Cancelled: r runs it again.', ok: false };
    return edit({ job: undefined, progress: undefined, notice });
  }
  if (input === 'q') return { type: 'quit' };
  if (input === '?') return { type: 'help' };
  if (input === 'r') return run(results.lastRequest);
  const moved = cursorMove(press, results.cursor, rowCount);
  if (moved !== undefined) return edit({ cursor: moved });
  // A bucket table is not filtered (see `bucketTable`): help and the footer do not offer `/`.
  if (input === '/') return bucketTable(results) ? edit({}) : edit({ filterEditing: true });
  // The columns of the table shown; sorting reads only their alignment.
  const columns = sortColumns(results, method.spec.items);
  if (input === 's') return edit({ sort: nextSort(results.sort, columns), cursor: 0 });
  if (input === 'S') return edit({ sort: reverseSort(results.sort, columns), cursor: 0 });
  if (results.job) return edit({});
  const page = requestedPage(results.params);
  if (input === 'n') {
    return data?.hasNext
      ? run(pageRequest(results, page + 1))
      : edit({ notice: { text: 'This is the last page.', ok: false } });
  }
  if (input === 'p') {
    return data && !data.all && page > 1
      ? run(pageRequest(results, page - 1))
      : edit({ notice: { text: 'This is the first page.', ok: false } });
  }
  if (input === 'a' && data) {
    const { page: _page, ...params } = results.params;
    return run({ kind: 'all', params });
  }
  if (input === 'e' && data)
    return edit({ prompt: { ...promptAt(defaultExportPath(method, results)), overwrite: false } });
  return edit({});
}
