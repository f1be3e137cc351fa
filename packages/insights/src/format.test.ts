import { describe, expect, it } from 'vitest';

import { formatDuration, listOf } from './format.js';

describe('formatDuration', () => {
  it('says minutes, hours and days as people do', () => {
    expect(formatDuration(30_000)).toBe('under 1 min');
    expect(formatDuration(12 * 60_000)).toBe('12 min');
    expect(formatDuration(3 * 3_600_000)).toBe('3 h');
    expect(formatDuration(185 * 60_000)).toBe('3 h 5 min');
    expect(formatDuration(52 * 3_600_000)).toBe('2 d 4 h');
    expect(formatDuration(48 * 3_600_000)).toBe('2 d');
  });
});

describe('listOf', () => {
  it('joins with commas and a last "and"', () => {
    expect(listOf([])).toBe('');
    expect(listOf(['a'])).toBe('a');
    expect(listOf(['a', 'b'])).toBe('a and b');
    expect(listOf(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
