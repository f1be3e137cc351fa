import type { MethodEntry } from '../registry.js';
import type { AppState, Screen } from './app-state.js';
import { auditTyping } from './audit.js';
import { focusedInput } from './form.js';
import { bucketTable } from './results.js';

/** One key of a screen: what to press and what it does. */
export interface KeyHelp {
  readonly keys: string;
  readonly action: string;
  /**
   * Shown in the footer too, as `keys short`: the footer keeps the lowest ranks when
   * the terminal is narrow, and rank 0 (`?` and `q`) always.
   */
  readonly footer?: { readonly rank: number; readonly short: string };
}

const HELP: KeyHelp = { keys: '?', action: 'help', footer: { rank: 0, short: 'help' } };
const QUIT: KeyHelp = { keys: 'q', action: 'quit', footer: { rank: 0, short: 'quit' } };

/**
 * What the help overlay can be about: a screen, or a level of one (the session
 * method's results, the audit's list, a customer's timeline, one session).
 */
export type HelpPage =
  | Screen
  | 'bucket-results'
  | 'session-results'
  | 'session-detail'
  | 'audit-list'
  | 'audit-timeline'
  | 'audit-session';

const MOVE: KeyHelp = { keys: '↑/↓ j/k', action: 'move', footer: { rank: 3, short: 'move' } };
const PAGE_MOVE: KeyHelp = { keys: 'pgup/pgdn g/G', action: 'page up / down, top / bottom' };

const RESULTS_KEYS: readonly KeyHelp[] = [
  { keys: '↑/↓ j/k', action: 'move in the table', footer: { rank: 8, short: 'move' } },
  { keys: 'pgup/pgdn g/G', action: 'page up / down, top / bottom' },
  { keys: 'n/p', action: 'next / previous page', footer: { rank: 3, short: 'page' } },
  { keys: 'a', action: 'load every page', footer: { rank: 7, short: 'all' } },
  { keys: 's', action: 'sort by the next column', footer: { rank: 5, short: 'sort' } },
  { keys: 'S', action: 'reverse the sort', footer: { rank: 6, short: 'reverse' } },
  {
    keys: '/',
    action: 'filter rows (enter keeps, esc clears)',
    footer: { rank: 4, short: 'filter' },
  },
  {
    keys: 'e',
    action: 'export what is shown (tab: CSV → JSON → XLSX)',
    footer: { rank: 6, short: 'export' },
  },
  { keys: 'r', action: 'reload / retry', footer: { rank: 2, short: 'reload' } },
  { keys: 'esc', action: 'cancel loading, or back', footer: { rank: 1, short: 'back' } },
  HELP,
  QUIT,
];

/** One session shown whole (the audit's and the session method's): its neighbours, and back. */
const sessionDetailKeys = (back: string): readonly KeyHelp[] => [
  {
    keys: '↑/↓ j/k',
    action: 'previous / next session',
    footer: { rank: 2, short: 'session' },
  },
  { keys: 'esc', action: back, footer: { rank: 1, short: 'back' } },
  HELP,
  QUIT,
];

/**
 * Every key of every screen, in one place: the help overlay lists them all, the
 * footer the ranked ones, so the two never disagree with each other.
 */
export const KEYMAP: Readonly<Record<HelpPage, readonly KeyHelp[]>> = {
  methods: [
    { keys: '↑/↓ j/k', action: 'move', footer: { rank: 2, short: 'move' } },
    { keys: 'enter', action: 'open the method’s form', footer: { rank: 1, short: 'open' } },
    HELP,
    QUIT,
  ],
  form: [
    { keys: 'tab ↑/↓', action: 'next / previous field', footer: { rank: 2, short: 'field' } },
    {
      keys: '←/→ space',
      action: 'change a choice; in text: move the caret',
      footer: { rank: 3, short: 'change' },
    },
    { keys: 'ctrl+n/p', action: 'next / previous demo code or password' },
    { keys: 'enter', action: 'run the query', footer: { rank: 1, short: 'run' } },
    { keys: 'backspace', action: 'delete the character before the caret' },
    { keys: 'home/end', action: 'caret to the start / end (ctrl+a/e)' },
    { keys: 'ctrl+u ctrl+k', action: 'clear the field / the rest of it' },
    { keys: 'esc', action: 'back', footer: { rank: 1, short: 'back' } },
    {
      keys: '?',
      action: 'help (not in password/project fields)',
      footer: { rank: 0, short: 'help' },
    },
    { keys: 'q', action: 'quit (on choice fields)', footer: { rank: 0, short: 'quit' } },
  ],
  results: RESULTS_KEYS,
  // Weeks, months or a comparison: `s` sorts the buckets on screen; no `/` (see `bucketTable`).
  'bucket-results': RESULTS_KEYS.filter((key) => key.keys !== '/').map((key) =>
    key.keys === 'e'
      ? { ...key, action: 'export, buckets in the order asked for (tab: CSV → JSON → XLSX)' }
      : key,
  ),
  'session-results': [
    ...RESULTS_KEYS.slice(0, 1),
    {
      keys: 'enter',
      action: 'the session whole: user agent and its parts',
      footer: { rank: 4, short: 'open' },
    },
    ...RESULTS_KEYS.slice(1),
  ],
  'session-detail': sessionDetailKeys('back to the table'),
  watch: [
    { keys: '↑/↓ j/k', action: 'move', footer: { rank: 6, short: 'move' } },
    { keys: 'enter', action: 'open the code’s results', footer: { rank: 2, short: 'open' } },
    { keys: '←/→', action: 'change the period', footer: { rank: 3, short: 'period' } },
    { keys: 'a', action: 'add a media code to the list', footer: { rank: 4, short: 'add' } },
    { keys: 'd', action: 'remove the selected code', footer: { rank: 5, short: 'remove' } },
    { keys: 'r', action: 'reload', footer: { rank: 5, short: 'reload' } },
    {
      keys: 'c',
      action: 'compare with: none, previous, weekday, last-year',
      footer: { rank: 5, short: 'compare' },
    },
    { keys: 'esc', action: 'cancel loading, or back', footer: { rank: 1, short: 'back' } },
    HELP,
    QUIT,
  ],
  audit: [
    { keys: 'tab ↑/↓', action: 'next / previous line', footer: { rank: 2, short: 'field' } },
    {
      keys: '←/→ space',
      action: 'change the period, or the customers',
      footer: { rank: 3, short: 'change' },
    },
    { keys: 'enter', action: 'audit the customers', footer: { rank: 1, short: 'audit' } },
    {
      keys: 'esc',
      action: 'cancel the audit (no more requests), or back',
      footer: { rank: 1, short: 'back' },
    },
    HELP,
    QUIT,
  ],
  'audit-list': [
    MOVE,
    PAGE_MOVE,
    {
      keys: 'enter',
      action: 'the customer’s timeline, evidence marked',
      footer: { rank: 1, short: 'timeline' },
    },
    { keys: 'r', action: 'audit again', footer: { rank: 2, short: 'again' } },
    { keys: 'esc', action: 'cancel, or back to the setup', footer: { rank: 1, short: 'back' } },
    HELP,
    QUIT,
  ],
  'audit-timeline': [
    MOVE,
    PAGE_MOVE,
    {
      keys: 'enter',
      action: 'the session whole: user agent and its parts',
      footer: { rank: 1, short: 'session' },
    },
    { keys: 'esc', action: 'back to the list', footer: { rank: 1, short: 'back' } },
    HELP,
    QUIT,
  ],
  'audit-session': sessionDetailKeys('back to the timeline'),
};

/** The footer while a request's error is shown: the table's keys would not help. */
export const FAILED_KEYS: readonly KeyHelp[] = [
  { keys: 'r', action: 'retry', footer: { rank: 1, short: 'retry' } },
  { keys: 'esc', action: 'back', footer: { rank: 1, short: 'back' } },
  HELP,
  QUIT,
];

/** Keys that work everywhere. */
export const GLOBAL_KEYS: readonly KeyHelp[] = [
  { keys: 'ctrl+c', action: 'quit at once' },
  { keys: '? / esc', action: 'close this help' },
];

/** In a text field `q` is a letter: Ctrl-C is the way out there, and the footer says so. */
const CTRL_C_QUIT: KeyHelp = { keys: 'ctrl+c', action: 'quit', footer: { rank: 0, short: 'quit' } };

const FORM_FIELD: KeyHelp = {
  keys: 'tab ↑/↓',
  action: 'next / previous field',
  footer: { rank: 2, short: 'field' },
};
const FORM_RUN: KeyHelp = {
  keys: 'enter',
  action: 'run the query',
  footer: { rank: 1, short: 'run' },
};
const FORM_BACK: KeyHelp = { keys: 'esc', action: 'back', footer: { rank: 0, short: 'back' } };

/** The form on a choice (the period, an option list): every letter is a command. */
const FORM_CHOICE_KEYS: readonly KeyHelp[] = [
  FORM_FIELD,
  { keys: '←/→ space', action: 'change the choice', footer: { rank: 3, short: 'change' } },
  FORM_RUN,
  FORM_BACK,
  HELP,
  QUIT,
];

/** The form in a code, date or number field: letters are typed, `?` is never part of one. */
const FORM_CODE_KEYS: readonly KeyHelp[] = [FORM_FIELD, FORM_RUN, FORM_BACK, HELP, CTRL_C_QUIT];

/** The form in free text (a password, a project key): `?` is typed too. */
const FORM_TEXT_KEYS: readonly KeyHelp[] = [FORM_FIELD, FORM_RUN, FORM_BACK, CTRL_C_QUIT];

const FILTER_KEYS: readonly KeyHelp[] = [
  { keys: 'enter', action: 'keep the filter', footer: { rank: 0, short: 'keep' } },
  { keys: 'esc', action: 'clear the filter', footer: { rank: 0, short: 'clear' } },
  CTRL_C_QUIT,
];

const EXPORT_PROMPT_KEYS: readonly KeyHelp[] = [
  { keys: 'enter', action: 'write the file', footer: { rank: 0, short: 'write' } },
  { keys: 'tab', action: 'CSV → JSON → XLSX', footer: { rank: 1, short: 'csv/json/xlsx' } },
  { keys: 'esc', action: 'cancel', footer: { rank: 0, short: 'cancel' } },
  CTRL_C_QUIT,
];

const WATCH_ADD_KEYS: readonly KeyHelp[] = [
  { keys: 'enter', action: 'add the code', footer: { rank: 0, short: 'add' } },
  { keys: 'esc', action: 'cancel', footer: { rank: 0, short: 'cancel' } },
  CTRL_C_QUIT,
];

/** The audit's file name is typed: letters are letters. */
const AUDIT_PATH_KEYS: readonly KeyHelp[] = [
  { keys: 'tab ↑/↓', action: 'next / previous line', footer: { rank: 2, short: 'field' } },
  { keys: 'enter', action: 'audit the customers', footer: { rank: 1, short: 'audit' } },
  FORM_BACK,
  CTRL_C_QUIT,
];

/** While the audit reads: esc stops it. */
const AUDIT_RUNNING_KEYS: readonly KeyHelp[] = [
  { keys: 'esc', action: 'cancel the audit', footer: { rank: 0, short: 'cancel' } },
  HELP,
  QUIT,
];

const HELP_OPEN_KEYS: readonly KeyHelp[] = [
  { keys: '? / esc', action: 'close this help', footer: { rank: 0, short: 'close' } },
  QUIT,
];

/**
 * The keys that work where the cursor is, for the footer: a screen's keys, or, while a
 * line is being typed (a form's text field, the filter, the export path, a code to add),
 * the few keys that line takes, with `ctrl+c quit` in place of `q quit`.
 */
export function footerKeys(state: AppState, methods: readonly MethodEntry[]): readonly KeyHelp[] {
  if (state.help) return HELP_OPEN_KEYS;
  const method = methods[state.selected];
  if (state.screen === 'audit') {
    if (state.audit.job) return AUDIT_RUNNING_KEYS;
    if (auditTyping(state.audit)) return AUDIT_PATH_KEYS;
  }
  switch (state.screen) {
    case 'form': {
      if (!state.form || !method) return KEYMAP.form;
      const input = focusedInput(state.form, method);
      return input === 'choice'
        ? FORM_CHOICE_KEYS
        : input === 'code'
          ? FORM_CODE_KEYS
          : FORM_TEXT_KEYS;
    }
    case 'results':
      if (state.results?.prompt) return EXPORT_PROMPT_KEYS;
      if (state.results?.filterEditing) return FILTER_KEYS;
      return state.results?.error ? FAILED_KEYS : KEYMAP[helpPage(state, methods)];
    case 'watch':
      return state.watch?.adding ? WATCH_ADD_KEYS : KEYMAP.watch;
    default:
      return KEYMAP[helpPage(state, methods)];
  }
}

/** What the help overlay is about: the screen, or the level of it the user is on. */
export function helpPage(state: AppState, methods: readonly MethodEntry[]): HelpPage {
  switch (state.screen) {
    case 'results': {
      if (methods[state.selected]?.spec.items !== 'sessions') {
        return state.results && bucketTable(state.results) ? 'bucket-results' : 'results';
      }
      return state.results?.detail ? 'session-detail' : 'session-results';
    }
    case 'audit': {
      const { view } = state.audit;
      return view === 'setup' ? 'audit' : `audit-${view}`;
    }
    default:
      return state.screen;
  }
}
