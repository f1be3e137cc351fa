import { describe, expect, it } from 'vitest';

import { NONE } from '../../test/keys.js';
import { splitKeys } from './split-keys.js';

describe('splitKeys', () => {
  it('keeps one key as it is', () => {
    expect(splitKeys('q', NONE)).toEqual([{ input: 'q', key: NONE }]);
    expect(splitKeys('é', NONE)).toEqual([{ input: 'é', key: NONE }]);
  });

  it('splits keys that arrived in one chunk', () => {
    const keys = splitKeys('\t\t\u0015jé\r\u007F', NONE);
    expect(
      keys.map(({ input, key }) => [input, key.tab, key.ctrl, key.return, key.backspace]),
    ).toEqual([
      ['', true, false, false, false],
      ['', true, false, false, false],
      ['u', false, true, false, false],
      ['j', false, false, false, false],
      ['é', false, false, false, false],
      ['', false, false, true, false],
      ['', false, false, false, true],
    ]);
  });
});
