import type { Key } from 'ink';

import type { DemoData } from '../data/source.js';
import type { MethodEntry } from '../registry.js';

/** What the reducers need besides the state: fixed for the app's life. */
export interface UiContext {
  readonly methods: readonly MethodEntry[];
  /** Moscow's today, which date presets and server defaults count from. */
  readonly today: string;
  readonly demo: DemoData | undefined;
}

/** One key press, as Ink reports it. */
export interface KeyPress {
  readonly input: string;
  readonly key: Key;
}

/** Backspace arrives as `delete` on most terminals: both erase. */
export function isErase({ key }: KeyPress): boolean {
  return key.backspace || key.delete;
}

/** A character to type into a text field: no control keys, no escape sequences. */
export function typedText({ input, key }: KeyPress): string {
  if (key.ctrl || key.meta || key.escape || key.return || key.tab) return '';
  // Pasted text arrives as one input; keep its printable characters.
  return input.replace(/\p{Cc}/gu, '');
}
