import type { Screen } from './app-state.js';

/** One key of a screen: what to press and what it does. */
export interface KeyHelp {
  readonly keys: string;
  readonly action: string;
  /** Shown in the footer as well as in the help overlay. */
  readonly main?: boolean;
}

/**
 * Every key of every screen, in one place: the help overlay lists them all, the
 * footer the main ones, so the two never disagree with each other.
 */
export const KEYMAP: Readonly<Record<Screen, readonly KeyHelp[]>> = {
  methods: [
    { keys: '↑/↓ j/k', action: 'move', main: true },
    { keys: 'enter', action: 'open the method’s form', main: true },
    { keys: '?', action: 'help', main: true },
    { keys: 'q', action: 'quit', main: true },
  ],
  form: [
    { keys: 'tab/shift+tab ↑/↓', action: 'next / previous field', main: true },
    { keys: '←/→ space', action: 'change a choice (or demo code)', main: true },
    { keys: 'enter', action: 'run the query', main: true },
    { keys: 'backspace', action: 'delete a character' },
    { keys: 'ctrl+u', action: 'clear the field' },
    { keys: 'esc', action: 'back to the methods', main: true },
    { keys: '?', action: 'help (not in password/project fields)' },
    { keys: 'q', action: 'quit (on choice fields)' },
  ],
  results: [
    { keys: '↑/↓ j/k', action: 'move in the table', main: true },
    { keys: 'pgup/pgdn g/G', action: 'page up / down, top / bottom' },
    { keys: 'n/p', action: 'next / previous page', main: true },
    { keys: 'a', action: 'load every page', main: true },
    { keys: 's', action: 'sort: next column, ▲ then ▼', main: true },
    { keys: '/', action: 'filter rows (enter keeps, esc clears)', main: true },
    { keys: 'e', action: 'export what is shown (tab: CSV ↔ JSON)', main: true },
    { keys: 'r', action: 'reload / retry', main: true },
    { keys: 'esc', action: 'cancel loading, or back to the form', main: true },
    { keys: '?', action: 'help', main: true },
    { keys: 'q', action: 'quit', main: true },
  ],
};

/** Keys that work everywhere. */
export const GLOBAL_KEYS: readonly KeyHelp[] = [
  { keys: 'ctrl+c', action: 'quit at once' },
  { keys: '? / esc', action: 'close this help' },
];
