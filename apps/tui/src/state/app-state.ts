import type { ReadProgress } from '../audit/read-sessions.js';
import type { KindedItems, KindedPage, Progress } from '../data/source.js';
import type { AuditResult } from '../audit/run-audit.js';
import { initialAudit, type AuditState } from './audit.js';
import type { KeyPress } from './context.js';
import type { FormState } from './form.js';
import type { ResultsState } from './results.js';
import type { WatchState } from './watch.js';
import type { WatchProgress, WatchRow } from '../watch/totals.js';

export type Screen = 'methods' | 'form' | 'results' | 'watch' | 'audit';

export interface AppState {
  readonly screen: Screen;
  /** The highlighted (and, past the list, the chosen) method. */
  readonly selected: number;
  readonly form: FormState | undefined;
  readonly results: ResultsState | undefined;
  /** The watch list; `undefined` when the app runs without one. */
  readonly watch: WatchState | undefined;
  /** The sharing audit: its setup, its run and what it found. */
  readonly audit: AuditState;
  /** Where esc goes back to from the results: the form, or the watch list they were opened from. */
  readonly origin: 'form' | 'watch';
  readonly help: boolean;
  readonly quit: boolean;
  /** The user quit with Ctrl-C: the process exits with 130, as the shell expects. */
  readonly interrupted: boolean;
  /** The last request's latency, for the status line. */
  readonly latencyMs: number | undefined;
  /** Numbers jobs, so that an answer to a cancelled request is ignored. */
  readonly jobSeq: number;
}

export type Action =
  | ({ readonly type: 'key' } & KeyPress)
  | { readonly type: 'interrupt' }
  | { readonly type: 'watch-progress'; readonly job: number; readonly progress: WatchProgress }
  | {
      readonly type: 'watch-loaded';
      readonly job: number;
      readonly rows: readonly WatchRow[];
      /** With a comparison: the earlier period and its rows. */
      readonly earlier: WatchState['earlier'];
    }
  | { readonly type: 'watch-saved'; readonly message: string; readonly ok: boolean }
  | { readonly type: 'audit-progress'; readonly job: number; readonly progress: ReadProgress }
  | { readonly type: 'audit-loaded'; readonly job: number; readonly result: AuditResult }
  /** The customer list could not be read (the file, a CSV line): nothing was asked of the API. */
  | { readonly type: 'audit-failed'; readonly job: number; readonly message: string }
  | {
      readonly type: 'loaded';
      readonly job: number;
      /** The page read; a full read has none and keeps the header on screen. */
      readonly header: KindedPage | undefined;
      readonly items: KindedItems;
      /** With a comparison: the earlier period's items, every page. */
      readonly earlier?: KindedItems;
      readonly latencyMs: number;
    }
  | { readonly type: 'progress'; readonly job: number; readonly progress: Progress }
  | {
      readonly type: 'failed';
      readonly job: number;
      readonly message: string;
      readonly latencyMs: number;
    }
  | {
      readonly type: 'exported';
      readonly job: number;
      readonly message: string;
      readonly ok: boolean;
      /** The file exists and the user has not said to overwrite it. */
      readonly exists: boolean;
    };

export const INITIAL_STATE: AppState = {
  screen: 'methods',
  selected: 0,
  form: undefined,
  results: undefined,
  watch: undefined,
  // Without demo data: the app that has some says so when it starts (App's initial state).
  audit: initialAudit(false),
  origin: 'form',
  help: false,
  quit: false,
  interrupted: false,
  latencyMs: undefined,
  jobSeq: 0,
};
