import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';

import { fit, formatCount, formatHours, plural } from './format.js';

describe('numbers for reading', () => {
  it('puts thousands separators in hours and counts, and says 1 session but 2 sessions', () => {
    expect(formatHours(14063.9)).toBe('14,063.90');
    expect(formatHours(0.5)).toBe('0.50');
    expect(formatCount(1200)).toBe('1,200');
    expect(plural(1, 'session')).toBe('1 session');
    expect(plural(2, 'session')).toBe('2 sessions');
    expect(plural(0, 'row')).toBe('0 rows');
    expect(plural(1378, 'item')).toBe('1,378 items');
  });
});

describe('fit', () => {
  it('pads and cuts in terminal cells: a CJK character takes two, a combining mark none', () => {
    for (const text of [
      '東京都渋谷区',
      'Café',
      'Cafe\u0301 ok',
      'ascii',
      '한국어 강의실',
      '👩‍💻 dev',
    ]) {
      for (const width of [1, 4, 5, 8, 12]) {
        const cell = fit(text, width);
        expect(stringWidth(cell), `${text} at ${width}`).toBe(width);
        expect(stringWidth(fit(text, width, 'right'))).toBe(width);
      }
    }
    expect(fit('東京都渋谷区', 7)).toBe('東京都…');
    expect(fit('Cafe\u0301', 6)).toBe('Cafe\u0301  ');
  });
});
