import { earlierPeriod } from '@boomstream/insights/periods';
import { hasNextPage } from '@boomstream/spec';
import { useEffect, useEffectEvent, type Dispatch } from 'react';

import { describeError } from '../data/describe-error.js';
import { secretValues } from '../data/params.js';
import { itemsOf, joinItems, type DataSource, type Progress } from '../data/source.js';
import type { MethodEntry } from '../registry.js';
import type { Action } from '../state/app-state.js';
import { headerOf, type ExportJob, type Job, type ResultsState } from '../state/results.js';
import type { WatchJob, WatchState } from '../state/watch.js';
import { watchTotals, type WatchPeriod } from '../watch/totals.js';
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
    const kept = results?.data && headerOf(results.data);
    const compare = results?.view.compare;
    const onProgress = (progress: Progress) => {
      dispatch({ type: 'progress', job: job.id, progress });
    };
    const read = async () => {
      if (job.kind === 'all' && kept) {
        return {
          header: kept,
          items: await source.all(method.spec, job.params, signal, onProgress),
        };
      }
      // The first read of weeks, months or a comparison: page 1 for the header, then the rest.
      const page = await source.page(method.spec, job.params, signal);
      const rest =
        job.kind === 'all' && hasNextPage(method.spec.paging, page.page)
          ? await source.all(method.spec, { ...job.params, page: 2 }, signal, onProgress)
          : undefined;
      return { header: page, items: rest ? joinItems(itemsOf(page), rest) : itemsOf(page) };
    };
    const request = read().then(async ({ header, items }) => {
      if (compare === undefined || header.kind !== 'stats') {
        return { header, items, earlier: undefined };
      }
      // The earlier period whole, as the CLI's --compare reads it.
      const { page: _page, ...params } = job.params;
      const period = earlierPeriod(header.page.period, compare);
      const earlier = await source.all(method.spec, { ...params, ...period }, signal, onProgress);
      return { header, items, earlier };
    });
    request.then(
      ({ header, items, earlier }) => {
        dispatch({
          type: 'loaded',
          job: job.id,
          header,
          items,
          ...(earlier && { earlier }),
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
    // The CLI's export of the same query (its --group and --compare too): one JSON object,
    // one CSV column order, the same workbook.
    const { grouping, compare } = results.view;
    const earlier = results.data?.earlier;
    const write = async () => {
      // Loaded when the user exports, not before the UI takes keys.
      const [{ resultsExport }, { writeExport }] = await Promise.all([
        import('../export/results-export.js'),
        import('../export/write-export.js'),
      ]);
      const shape = resultsExport(results, {
        ...(grouping && { grouping }),
        ...(compare && earlier && { compare: { mode: compare, earlier } }),
      });
      if (!shape) throw new Error('nothing to export yet');
      return writeExport(exportJob.path, shape, exportJob.overwrite);
    };
    write().then(
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
    const read = (period: WatchPeriod) =>
      watchTotals(source, watch.codes, period, signal, (progress) => {
        dispatch({ type: 'watch-progress', job: job.id, progress });
      });
    const both = async () => {
      const rows = await read(job.period);
      if (job.compare === undefined) return { rows, earlier: undefined };
      // The same codes over the earlier period, as the CLI's --compare with several codes.
      const period = { ...job.period, ...earlierPeriod(job.period, job.compare) };
      return { rows, earlier: { mode: job.compare, period, rows: await read(period) } };
    };
    both().then(
      ({ rows, earlier }) => {
        dispatch({ type: 'watch-loaded', job: job.id, rows, earlier });
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
