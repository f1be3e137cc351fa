import { typedText, isErase, type KeyPress } from './context.js';

/** A line of text being typed, and where the caret is (a code-unit index between graphemes). */
export interface LineEdit {
  readonly text: string;
  readonly caret: number;
}

/** `text` with the caret after its last character, where typing usually goes on. */
export function lineAtEnd(text: string): LineEdit {
  return { text, caret: text.length };
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Where each grapheme starts, and the end: the caret stops only there (an emoji is one step). */
function stops(text: string): number[] {
  return [...[...graphemes.segment(text)].map((part) => part.index), text.length];
}

function step(line: LineEdit, direction: -1 | 1): number {
  const all = stops(line.text);
  const here = all.findIndex((stop) => stop >= line.caret);
  const index = here < 0 ? all.length - 1 : here;
  return all[Math.min(Math.max(index + direction, 0), all.length - 1)] ?? line.caret;
}

/**
 * Applies one key to a line, as readline does: ←/→ move by a character, home/end
 * (ctrl+a/e) jump, backspace erases before the caret, ctrl+u clears the line,
 * ctrl+k erases to its end, and typing (or a paste) goes in at the caret.
 */
export function editLine(line: LineEdit, press: KeyPress): LineEdit {
  const { input, key } = press;
  const caret = Math.min(line.caret, line.text.length);
  const { text } = line;
  if (key.leftArrow) return { text, caret: step(line, -1) };
  if (key.rightArrow) return { text, caret: step(line, 1) };
  if (key.home || (key.ctrl && input === 'a')) return { text, caret: 0 };
  if (key.end || (key.ctrl && input === 'e')) return { text, caret: text.length };
  if (key.ctrl && input === 'u') return { text: '', caret: 0 };
  if (key.ctrl && input === 'k') return { text: text.slice(0, caret), caret };
  if (isErase(press)) {
    const before = step({ text, caret }, -1);
    return { text: text.slice(0, before) + text.slice(caret), caret: before };
  }
  const typed = typedText(press);
  if (typed === '') return line;
  return { text: text.slice(0, caret) + typed + text.slice(caret), caret: caret + typed.length };
}
