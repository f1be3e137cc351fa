import { performance } from 'node:perf_hooks';

import { useEffect, type Dispatch } from 'react';

import { columnsOf, resultKind } from '../data/columns.js';
import { describeError } from '../data/describe-error.js';
import { secretValues } from '../data/params.js';
import type { DataSource } from '../data/source.js';
import { writeExport } from '../export/write-export.js';
import type { MethodEntry } from '../registry-types.js';
import type { Action } from '../state/app-state.js';
import { rowsOf, type ResultsState } from '../state/results.js';
import type { WatchState } from '../state/watch.js';
import { watchTotals } from '../watch/totals.js';
import type { WatchStore } from '../watch/watch-file.js';

/** Runs the current job of the results screen; a newer job or leaving the screen aborts it. */
export function useQueryJob(
  source: DataSource,
  method: MethodEntry | undefined,
  results: ResultsState | undefined,
  dispatch: Dispatch<Action>,
): void {
  const job = results?.job;
  useEffect(() => {
    if (!job || !method) return;
    const controller = new AbortController();
    const started = performance.now();
    const secrets = [...source.secrets, ...secretValues(method.fields, job.params)];
    // A full read keeps the header of the page on screen: same query, same period and totals.
    const header = results.data?.header;
    const request =
      job.kind === 'all'
        ? source
            .all(method.spec, job.params, controller.signal, (progress) => {
              dispatch({ type: 'progress', job: job.id, progress });
            })
            .then((items) => ({ header, items }))
        : source
            .page(method.spec, job.params, controller.signal)
            .then((page) => ({ header: page, items: page.items }));
    request.then(
      ({ header, items }) => {
        dispatch({
          type: 'loaded',
          job: job.id,
          header,
          items,
          latencyMs: performance.now() - started,
        });
      },
      (error: unknown) => {
        dispatch({
          type: 'failed',
          job: job.id,
          message: describeError(error, secrets),
          latencyMs: performance.now() - started,
        });
      },
    );
    return () => {
      controller.abort();
    };
    // The job's id says everything: results change with every key, the job does not.
  }, [job?.id]);
}

/** Writes the rows on screen when the user confirms the export prompt. */
export function useExportJob(
  method: MethodEntry | undefined,
  results: ResultsState | undefined,
  dispatch: Dispatch<Action>,
): void {
  const exportJob = results?.exportJob;
  useEffect(() => {
    if (!exportJob || !method) return;
    const columns = columnsOf(resultKind(method.spec));
    const rows = rowsOf(method.spec, results);
    writeExport(exportJob.path, columns, rows, exportJob.overwrite).then(
      (written) => {
        dispatch({
          type: 'exported',
          job: exportJob.id,
          message: `Exported ${rows.length} rows as ${written.format.toUpperCase()} to ${written.path}`,
          ok: true,
          exists: false,
        });
      },
      (error: unknown) => {
        const exists = (error as NodeJS.ErrnoException | undefined)?.code === 'EEXIST';
        dispatch({
          type: 'exported',
          job: exportJob.id,
          message: `Export failed: ${error instanceof Error ? error.message : String(error)}`,
          ok: false,
          exists,
        });
      },
    );
  }, [exportJob?.id]);
}

/** Reads the watch list's totals for its current job; a newer job or esc aborts it. */
export function useWatchJob(
  source: DataSource,
  watch: WatchState | undefined,
  dispatch: Dispatch<Action>,
): void {
  const job = watch?.job;
  useEffect(() => {
    if (!job) return;
    const controller = new AbortController();
    watchTotals(source, watch.codes, job.period, controller.signal, (progress) => {
      dispatch({ type: 'watch-progress', job: job.id, progress });
    }).then(
      (rows) => {
        dispatch({ type: 'watch-loaded', job: job.id, rows });
      },
      // Only an abort rejects (each code's failure is in its row): a newer job took over.
      () => undefined,
    );
    return () => {
      controller.abort();
    };
  }, [job?.id]);
}

/** Saves the watch list each time the user changes it; says where, or why not. */
export function useWatchSave(
  store: WatchStore | undefined,
  watch: WatchState | undefined,
  dispatch: Dispatch<Action>,
): void {
  const revision = watch?.revision ?? 0;
  useEffect(() => {
    if (!store || !watch || revision === 0) return;
    store.save(watch.codes).then(
      () => {
        dispatch({ type: 'watch-saved', message: `Saved to ${store.path}`, ok: true });
      },
      (error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        dispatch({ type: 'watch-saved', message: `Not saved: ${reason}`, ok: false });
      },
    );
  }, [revision]);
}
