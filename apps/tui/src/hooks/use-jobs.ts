import { useEffect, useEffectEvent, type Dispatch } from 'react';

import { describeError } from '../data/describe-error.js';
import { secretValues } from '../data/params.js';
import { itemsOf, type DataSource } from '../data/source.js';
import { resultsExport } from '../export/results-export.js';
import { writeExport } from '../export/write-export.js';
import type { MethodEntry } from '../registry.js';
import type { Action } from '../state/app-state.js';
import { headerOf, type ExportJob, type Job, type ResultsState } from '../state/results.js';
import type { WatchJob, WatchState } from '../state/watch.js';
import { watchTotals } from '../watch/totals.js';
import type { WatchStore } from '../watch/watch-file.js';
import { useAbortableJob } from './use-abortable-job.js';

/** Runs the current job of the results screen; a newer job or leaving the screen aborts it. */
export function useQueryJob(
  source: DataSource,
  method: MethodEntry | undefined,
  results: ResultsState | undefined,
  dispatch: Dispatch<Action>,
): void {
  const job = results?.job;
  // Reads the screen as it is when the job starts; only a new job restarts the effect.
  const start = (job: Job, signal: AbortSignal) => {
    if (!method) return;
    // The global performance: importing node:perf_hooks would load all of it at start.
    const started = performance.now();
    const secrets = [...source.secrets, ...secretValues(method.fields, job.params)];
    // A full read keeps the header of the page on screen: same query, same period and totals.
    const header = results?.data && headerOf(results.data);
    const request =
      job.kind === 'all'
        ? source
            .all(method.spec, job.params, signal, (progress) => {
              dispatch({ type: 'progress', job: job.id, progress });
            })
            .then((items) => ({ header, items }))
        : source
            .page(method.spec, job.params, signal)
            .then((page) => ({ header: page, items: itemsOf(page) }));
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
  };
  useAbortableJob(job, start);
}

/** Writes the rows on screen when the user confirms the export prompt. */
export function useExportJob(
  method: MethodEntry | undefined,
  results: ResultsState | undefined,
  dispatch: Dispatch<Action>,
): void {
  const exportJob = results?.exportJob;
  // Writes the rows on screen when the job starts; only a new export restarts the effect.
  const start = useEffectEvent((exportJob: ExportJob) => {
    if (!method || !results) return;
    // The CLI's export of the same query: one JSON object, one CSV column order.
    const shape = resultsExport(results);
    if (!shape) return;
    writeExport(exportJob.path, shape, exportJob.overwrite).then(
      ({ rows, ...written }) => {
        dispatch({
          type: 'exported',
          job: exportJob.id,
          message: `Exported ${rows} rows as ${written.format.toUpperCase()} to ${written.path}`,
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
  });
  useEffect(() => {
    if (exportJob) start(exportJob);
  }, [exportJob]);
}

/** Reads the watch list's totals for its current job; a newer job or esc aborts it. */
export function useWatchJob(
  source: DataSource,
  watch: WatchState | undefined,
  dispatch: Dispatch<Action>,
): void {
  const job = watch?.job;
  // Reads the codes as they are when the job starts; only a new job restarts the effect.
  const start = (job: WatchJob, signal: AbortSignal) => {
    if (!watch) return;
    watchTotals(source, watch.codes, job.period, signal, (progress) => {
      dispatch({ type: 'watch-progress', job: job.id, progress });
    }).then(
      (rows) => {
        dispatch({ type: 'watch-loaded', job: job.id, rows });
      },
      // Only an abort rejects (each code's failure is in its row): a newer job took over.
      () => undefined,
    );
  };
  useAbortableJob(job, start);
}

/** Saves the watch list each time the user changes it; says where, or why not. */
export function useWatchSave(
  store: WatchStore | undefined,
  watch: WatchState | undefined,
  dispatch: Dispatch<Action>,
): void {
  const revision = watch?.revision ?? 0;
  // Saves the list as it is at this revision; only a new revision saves again.
  const save = useEffectEvent(() => {
    if (!store || !watch) return;
    store.save(watch.codes).then(
      () => {
        const message = store.path
          ? `Saved to ${store.path}`
          : 'Changed for this run: the demo’s list is never saved';
        dispatch({ type: 'watch-saved', message, ok: true });
      },
      (error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        dispatch({ type: 'watch-saved', message: `Not saved: ${reason}`, ok: false });
      },
    );
  });
  useEffect(() => {
    if (revision > 0) save();
  }, [revision]);
}
