import type { KindedItems, KindedPage, Progress } from '../data/source.js';
import type { KeyPress } from './context.js';
import type { FormState } from './form.js';
import type { ResultsState } from './results.js';

export type Screen = 'methods' | 'form' | 'results';

export interface AppState {
  readonly screen: Screen;
  /** The highlighted (and, past the list, the chosen) method. */
  readonly selected: number;
  readonly form: FormState | undefined;
  readonly results: ResultsState | undefined;
  readonly help: boolean;
  readonly quit: boolean;
  /** The last request's latency, for the status line. */
  readonly latencyMs: number | undefined;
  /** Numbers jobs, so that an answer to a cancelled request is ignored. */
  readonly jobSeq: number;
}

export type Action =
  | ({ readonly type: 'key' } & KeyPress)
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
  help: false,
  quit: false,
  latencyMs: undefined,
  jobSeq: 0,
};
