import type { KindedItems, KindedPage, Progress } from '../data/source.js';
import type { KeyPress } from './context.js';
import type { FormState } from './form.js';
import type { ResultsState } from './results.js';
import type { WatchState } from './watch.js';
import type { WatchProgress, WatchRow } from '../watch/totals.js';

export type Screen = 'methods' | 'form' | 'results' | 'watch';

export interface AppState {
  readonly screen: Screen;
  /** The highlighted (and, past the list, the chosen) method. */
  readonly selected: number;
  readonly form: FormState | undefined;
  readonly results: ResultsState | undefined;
  /** The watch list; `undefined` when the app runs without one. */
  readonly watch: WatchState | undefined;
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
  | { readonly type: 'watch-loaded'; readonly job: number; readonly rows: readonly WatchRow[] }
  | { readonly type: 'watch-saved'; readonly message: string; readonly ok: boolean }
  | {
      readonly type: 'loaded';
      readonly job: number;
      /** The page read; a full read has none and keeps the header on screen. */
      readonly header: KindedPage | undefined;
      readonly items: KindedItems;
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
  origin: 'form',
  help: false,
  quit: false,
  interrupted: false,
  latencyMs: undefined,
  jobSeq: 0,
};
