import type { Key } from 'ink';

import type { KeyPress } from './context.js';

/**
 * Ink splits a chunk of stdin only at escape sequences: keys typed faster than
 * the terminal reads (over SSH, or tmux's send-keys) arrive as one input, such
 * as "jj\r" or "\t\t\u0015". Each character is a key of its own here, control
 * characters the keys they stand for; a paste into a text field types the same.
 */
export function splitKeys(input: string, key: Key): KeyPress[] {
  const chars = Array.from(input);
  if (chars.length <= 1) return [{ input, key }];
  const blank = Object.fromEntries(
    Object.entries(key).map(([name, value]) => [name, typeof value === 'boolean' ? false : value]),
  ) as Key;
  return chars.map((part) => {
    switch (part) {
      case '\t':
        return { input: '', key: { ...blank, tab: true } };
      case '\r':
      case '\n':
        return { input: '', key: { ...blank, return: true } };
      case '\u007F':
      case '\b':
        return { input: '', key: { ...blank, backspace: true } };
      default: {
        const code = part.codePointAt(0) ?? 0;
        // Ctrl+A … Ctrl+Z are 1 … 26.
        return code >= 1 && code <= 26
          ? { input: String.fromCodePoint(code + 96), key: { ...blank, ctrl: true } }
          : { input: part, key: blank };
      }
    }
  });
}
