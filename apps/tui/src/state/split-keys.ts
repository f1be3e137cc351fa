import type { Key } from 'ink';

import type { KeyPress } from './context.js';

/**
 * Ink splits a chunk of stdin only at escape sequences: keys typed faster than
 * the terminal reads (over SSH, or tmux's send-keys) arrive as one input, such
 * as "\t\t\u0015". Control characters are split off here as the keys they are;
 * runs of printable text (a paste) stay together.
 */
export function splitKeys(input: string, key: Key): KeyPress[] {
  if (input.length <= 1 || !/\p{Cc}/u.test(input)) return [{ input, key }];
  const blank = Object.fromEntries(
    Object.entries(key).map(([name, value]) => [name, typeof value === 'boolean' ? false : value]),
  ) as Key;
  return (input.match(/\P{Cc}+|\p{Cc}/gu) ?? []).map((part) => {
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
