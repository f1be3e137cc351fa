import type { MethodEntry } from '../registry.js';
import type { Action, AppState } from './app-state.js';
import { auditKey, type AuditState } from './audit.js';
import type { KeyPress, UiContext } from './context.js';
import { formKey, initialForm } from './form.js';
import { readsEverything } from './periods.js';
import { headerOf, initialResults, loadedFrom, type Job } from './results.js';
import { resultsKey } from './results-keys.js';
import { watchKey, watchPeriod, type WatchState } from './watch.js';

/** The entries after the methods in the first screen: the watch list (when there is one), the audit. */
export function extraEntries(state: AppState): ('watch' | 'audit')[] {
  return state.watch ? ['watch', 'audit'] : ['audit'];
}

function methodsKey(state: AppState, ctx: UiContext, { input, key }: KeyPress): AppState {
  const last = ctx.methods.length + extraEntries(state).length - 1;
  if (input === 'q') return { ...state, quit: true };
  if (input === '?') return { ...state, help: true };
  if (key.downArrow || input === 'j')
    return { ...state, selected: Math.min(state.selected + 1, last) };
  if (key.upArrow || input === 'k') return { ...state, selected: Math.max(state.selected - 1, 0) };
  if (!key.return) return state;
  const method = ctx.methods[state.selected];
  if (method) return { ...state, screen: 'form', form: initialForm(method, ctx) };
  const entry = extraEntries(state)[state.selected - ctx.methods.length];
  if (entry === 'audit') return { ...state, screen: 'audit' };
  if (!state.watch) return state;
  const shown = { ...state, screen: 'watch' as const };
  return state.watch.rows ? shown : startWatch(shown, state.watch, ctx);
}

/** Starts reading the watch list's totals for its preset, as the next numbered job. */
function startWatch(state: AppState, watch: WatchState, ctx: UiContext): AppState {
  const id = state.jobSeq + 1;
  const job = { id, period: watchPeriod(watch.preset, ctx.today), compare: watch.compare };
  const next = { ...watch, job, progress: undefined };
  return { ...state, jobSeq: id, watch: watch.codes.length > 0 ? next : { ...watch, rows: [] } };
}

function watchScreenKey(
  state: AppState,
  watch: WatchState,
  ctx: UiContext,
  press: KeyPress,
): AppState {
  const outcome = watchKey(watch, ctx.today, press);
  switch (outcome.type) {
    case 'edit':
      return { ...state, watch: outcome.watch };
    case 'run':
      return startWatch(state, outcome.watch, ctx);
    case 'open': {
      const selected = ctx.methods.findIndex((method) => method.name === 'target');
      const { period, code } = outcome;
      const params = { code, start: period.start, end: period.end, group: period.group };
      return startJob({ ...state, selected, origin: 'watch' }, { kind: 'page', params }, undefined);
    }
    case 'back':
      return { ...state, screen: 'methods' };
    default:
      return everywhere(state, outcome);
  }
}

function auditScreenKey(
  state: AppState,
  audit: AuditState,
  ctx: UiContext,
  press: KeyPress,
): AppState {
  const outcome = auditKey(audit, { today: ctx.today, demo: ctx.demo !== undefined }, press);
  switch (outcome.type) {
    case 'edit':
      return { ...state, audit: outcome.audit };
    case 'run': {
      const id = state.jobSeq + 1;
      const audit = { ...outcome.audit, job: { ...outcome.job, id }, progress: undefined };
      return { ...state, jobSeq: id, audit };
    }
    case 'back':
      return { ...state, screen: 'methods' };
    default:
      return everywhere(state, outcome);
  }
}

/**
 * Starts `request` as the next numbered job; the last good data stays on screen,
 * and so do its params until the answer comes: paging after a failed or cancelled
 * request counts from the page on screen.
 */
function startJob(state: AppState, request: Omit<Job, 'id'>, base = state.results): AppState {
  const job = { ...request, id: state.jobSeq + 1 };
  const results = base
    ? {
        ...base,
        job,
        lastRequest: request,
        error: undefined,
        progress: undefined,
        notice: undefined,
      }
    : initialResults(job);
  return { ...state, jobSeq: job.id, screen: 'results', results };
}

/** What a key means on every screen: quit, or open the help. */
function everywhere(state: AppState, outcome: { readonly type: 'quit' | 'help' }): AppState {
  return outcome.type === 'quit' ? { ...state, quit: true } : { ...state, help: true };
}

function screenKey(
  state: AppState,
  method: MethodEntry,
  ctx: UiContext,
  press: KeyPress,
): AppState {
  if (state.screen === 'form' && state.form) {
    const outcome = formKey(state.form, method, ctx, press);
    switch (outcome.type) {
      case 'edit':
        return { ...state, form: outcome.form };
      case 'submit': {
        // Weeks, months and comparisons sum every page of the period, as the CLI does.
        const kind = readsEverything(outcome.view) ? 'all' : 'page';
        const next = startJob(
          { ...state, form: outcome.form },
          { kind, params: outcome.params },
          undefined,
        );
        return next.results ? { ...next, results: { ...next.results, view: outcome.view } } : next;
      }
      case 'back':
        return { ...state, screen: 'methods', form: undefined };
      default:
        return everywhere(state, outcome);
    }
  }
  if (state.screen === 'results' && state.results) {
    const outcome = resultsKey(state.results, method, press);
    switch (outcome.type) {
      case 'edit':
        return { ...state, results: outcome.results };
      case 'run':
        return startJob(state, outcome.request, outcome.results);
      case 'export':
        return {
          ...state,
          jobSeq: state.jobSeq + 1,
          results: { ...outcome.results, exportJob: { ...outcome.export, id: state.jobSeq + 1 } },
        };
      case 'back':
        return state.origin === 'watch' && state.watch
          ? {
              ...state,
              screen: 'watch',
              results: undefined,
              selected: ctx.methods.length,
              origin: 'form',
            }
          : { ...state, screen: 'form', results: undefined };
      default:
        return everywhere(state, outcome);
    }
  }
  return state;
}

/**
 * Every key and every answer goes through here, never through state captured
 * by a handler: Ink swaps the input handler in an effect, and keys typed faster
 * than that would see stale state.
 */
export function createReducer(ctx: UiContext) {
  return (state: AppState, action: Action): AppState => {
    const method = ctx.methods[state.selected];
    const results = state.results;
    switch (action.type) {
      case 'key': {
        if (state.help) {
          if (action.input === 'q') return { ...state, quit: true };
          return action.key.escape || action.input === '?' ? { ...state, help: false } : state;
        }
        if (state.screen === 'watch' && state.watch)
          return watchScreenKey(state, state.watch, ctx, action);
        if (state.screen === 'audit') return auditScreenKey(state, state.audit, ctx, action);
        if (state.screen === 'methods' || !method) return methodsKey(state, ctx, action);
        return screenKey(state, method, ctx, action);
      }
      case 'interrupt':
        return { ...state, quit: true, interrupted: true };
      case 'watch-progress':
        return state.watch?.job?.id === action.job
          ? { ...state, watch: { ...state.watch, progress: action.progress } }
          : state;
      case 'watch-loaded': {
        const watch = state.watch;
        if (!watch?.job || watch.job.id !== action.job) return state;
        const cursor = Math.min(watch.cursor, Math.max(action.rows.length - 1, 0));
        return {
          ...state,
          watch: {
            ...watch,
            rows: action.rows,
            period: watch.job.period,
            earlier: action.earlier,
            job: undefined,
            progress: undefined,
            cursor,
          },
        };
      }
      case 'watch-saved':
        return state.watch
          ? { ...state, watch: { ...state.watch, notice: { text: action.message, ok: action.ok } } }
          : state;
      case 'audit-progress':
        return state.audit.job?.id === action.job
          ? { ...state, audit: { ...state.audit, progress: action.progress } }
          : state;
      case 'audit-loaded':
        return state.audit.job?.id === action.job
          ? {
              ...state,
              audit: {
                ...state.audit,
                view: 'list',
                job: undefined,
                progress: undefined,
                result: action.result,
                cursor: 0,
                session: 0,
              },
            }
          : state;
      case 'audit-failed':
        return state.audit.job?.id === action.job
          ? {
              ...state,
              audit: {
                ...state.audit,
                view: 'setup',
                job: undefined,
                progress: undefined,
                error: action.message,
              },
            }
          : state;
      case 'progress':
        return results?.job?.id === action.job
          ? { ...state, results: { ...results, progress: action.progress } }
          : state;
      case 'loaded': {
        const header = action.header ?? (results?.data && headerOf(results.data));
        if (!method || !header || results?.job?.id !== action.job) return state;
        const data = loadedFrom(
          method.spec,
          results.job.kind,
          header,
          action.items,
          action.earlier,
        );
        const rows = data.items.length;
        return {
          ...state,
          latencyMs: action.latencyMs,
          results: {
            ...results,
            params: results.job.params,
            data,
            job: undefined,
            progress: undefined,
            error: undefined,
            cursor: Math.min(results.cursor, Math.max(rows - 1, 0)),
          },
        };
      }
      case 'failed':
        return results?.job?.id === action.job
          ? {
              ...state,
              latencyMs: action.latencyMs,
              results: { ...results, job: undefined, progress: undefined, error: action.message },
            }
          : state;
      case 'exported':
        return results?.exportJob?.id === action.job
          ? {
              ...state,
              results: {
                ...results,
                exportJob: undefined,
                // A file in the way: ask again at the same path instead of writing over it.
                prompt: action.exists
                  ? {
                      path: results.exportJob.path,
                      caret: results.exportJob.path.length,
                      overwrite: true,
                    }
                  : results.prompt,
                notice: action.exists ? undefined : { text: action.message, ok: action.ok },
              },
            }
          : state;
    }
  };
}
