import { describe, expect, it } from 'vitest';

import { editSecret } from './secret-prompt.js';

describe('editSecret', () => {
  it.each([
    ['typing, a paste included', '', 'hun', { value: 'hun', end: undefined }],
    ['Backspace (DEL and BS)', 'hunt', 'er\u007F\b2', { value: 'hunt2', end: undefined }],
    ['Backspace on nothing', '', '\u007F', { value: '', end: undefined }],
    ['Ctrl-U clears', 'oops', '\u0015ok', { value: 'ok', end: undefined }],
    ['arrow keys are not typed', 'a', '\u001B[D\u001BOBb', { value: 'ab', end: undefined }],
    ['Enter submits, what follows is ignored', 'pw', 'd\rmore', { value: 'pwd', end: 'submit' }],
    ['Ctrl-D submits', 'pw', '\u0004', { value: 'pw', end: 'submit' }],
    ['Ctrl-C cancels', 'pw', '\u0003', { value: 'pw', end: 'cancel' }],
  ])('%s', (_what, value, chunk, expected) => {
    expect(editSecret(value, chunk)).toEqual(expected);
  });
});
