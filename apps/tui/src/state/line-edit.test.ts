import { describe, expect, it } from 'vitest';

import { NONE } from '../../test/keys.js';
import { editLine, lineAtEnd, type LineEdit } from './line-edit.js';
import { splitKeys } from './split-keys.js';

const press = (key: Partial<typeof NONE>, input = '') => ({ input, key: { ...NONE, ...key } });
const erase = press({ delete: true });
const left = press({ leftArrow: true });
const right = press({ rightArrow: true });
const typing = (text: string) => splitKeys(text, NONE);

const apply = (line: LineEdit, presses: readonly ReturnType<typeof press>[]) =>
  presses.reduce(editLine, line);

describe('editLine', () => {
  it('types pasted text and erases one character a press, whatever its encoding', () => {
    const typed = apply(lineAtEnd(''), typing('Пр😀👩‍💻'));
    expect(typed).toEqual({ text: 'Пр😀👩‍💻', caret: 'Пр😀👩‍💻'.length });
    const once = editLine(typed, erase);
    expect(once.text).toBe('Пр😀');
    expect(editLine(once, erase).text).toBe('Пр');
    expect(editLine(lineAtEnd(''), erase).text).toBe('');
  });

  it('moves the caret with ←/→ by whole characters and types and erases where it is', () => {
    const line = apply(lineAtEnd('ab😀cd'), [left, left, left]);
    expect(line.caret).toBe(2);
    expect(editLine(line, press({}, 'X')).text).toBe('abX😀cd');
    expect(apply(line, [right, erase]).text).toBe('abcd');
    expect(apply(line, [erase, erase, erase]).text).toBe('😀cd');
    // The caret stops at both ends.
    expect(apply(line, [left, left, left, left]).caret).toBe(0);
    expect(apply(line, [right, right, right, right, right]).caret).toBe('ab😀cd'.length);
  });

  it('jumps with home/end and ctrl+a/e, erases to the end with ctrl+k, clears with ctrl+u', () => {
    const start = editLine(lineAtEnd('abc'), press({ home: true }));
    expect(start.caret).toBe(0);
    expect(editLine(start, press({ ctrl: true }, 'e')).caret).toBe(3);
    const middle = editLine(editLine(start, right), press({ ctrl: true }, 'k'));
    expect(middle).toEqual({ text: 'a', caret: 1 });
    expect(editLine(lineAtEnd('abc'), press({ ctrl: true }, 'u'))).toEqual({ text: '', caret: 0 });
    expect(editLine(lineAtEnd('a'), press({}, 'b\u0007c')).text).toBe('abc');
  });
});
