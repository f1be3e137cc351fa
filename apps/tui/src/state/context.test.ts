import { describe, expect, it } from 'vitest';

import { NONE } from '../../test/keys.js';
import { editText } from './context.js';
import { splitKeys } from './split-keys.js';

const erase = { input: '', key: { ...NONE, delete: true } };

describe('editText', () => {
  it('types pasted text and erases one character a press, whatever its encoding', () => {
    const typed = splitKeys('Пр😀👩‍💻', NONE).reduce(editText, '');
    expect(typed).toBe('Пр😀👩‍💻');
    const once = editText(typed, erase);
    expect(once).toBe('Пр😀');
    expect(editText(once, erase)).toBe('Пр');
    expect(editText('', erase)).toBe('');
  });

  it('clears with ctrl+u and drops control characters from a paste', () => {
    expect(editText('abc', { input: 'u', key: { ...NONE, ctrl: true } })).toBe('');
    expect(editText('a', { input: 'b\u0007c', key: NONE })).toBe('abc');
  });
});
