import type { Action } from './app-state.js';
import type { KeyPress } from './context.js';
import { splitKeys } from './split-keys.js';

/**
 * The reducer's actions for one input as Ink reports it: one per key in it, and
 * Ctrl-C the interrupt (Ink's own Ctrl-C handling is off, so that quitting with it
 * lets the process exit with 130).
 */
export function keyActions({ input, key }: KeyPress): Action[] {
  return splitKeys(input, key).map((press) =>
    press.key.ctrl && press.input === 'c' ? { type: 'interrupt' } : { type: 'key', ...press },
  );
}
