import type { KeyPress } from './context.js';

/** ↑/↓ j/k, page up/down, g/G (home/end) over `count` rows; undefined for any other key. */
export function cursorMove(
  { input, key }: KeyPress,
  at: number,
  count: number,
): number | undefined {
  const last = Math.max(count - 1, 0);
  if (key.downArrow || input === 'j') return Math.min(at + 1, last);
  if (key.upArrow || input === 'k') return Math.max(at - 1, 0);
  if (key.pageDown) return Math.min(at + 10, last);
  if (key.pageUp) return Math.max(at - 10, 0);
  if (input === 'g' || key.home) return 0;
  if (input === 'G' || key.end) return last;
  return undefined;
}
