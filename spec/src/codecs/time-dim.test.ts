import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { countText, integerText } from './integer-text.js';
import { hoursOf, wireHours } from './time-dim.js';

describe('wireHours', () => {
  it('reads the reference example: 965600 ms shown as 0.27 hours', () => {
    expect(wireHours.decode('0.27 hours')).toBe(0.27);
    expect(hoursOf(965_600)).toBe(0.27);
    expect(wireHours.encode(hoursOf(965_600))).toBe('0.27 hours');
  });

  it('writes two decimals and reads any', () => {
    expect(wireHours.encode(12)).toBe('12.00 hours');
    expect(wireHours.decode('12 hours')).toBe(12);
    expect(wireHours.decode('1 hour')).toBe(1);
  });

  it.each([
    ['0,27 hours', 0.27],
    ['12,5 hours', 12.5],
    ['1,00 hour', 1],
  ])('reads a decimal comma: %j is %d', (text, hours) => {
    expect(wireHours.decode(text)).toBe(hours);
  });

  it.each(['0.27', 'hours', '-1 hours', '0,27,1 hours', '1.000,5 hours', ',5 hours'])(
    'rejects %j',
    (text) => {
      expect(wireHours.safeDecode(text).success).toBe(false);
    },
  );

  it('round-trips the hours of any viewing time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        (timeMs) => wireHours.decode(wireHours.encode(hoursOf(timeMs))) === hoursOf(timeMs),
      ),
    );
  });
});

describe('integer text', () => {
  it('keeps leading zeros out of guesses: "0012" is 12 only where the spec says integer', () => {
    expect(countText.decode('0012')).toBe(12);
  });

  it.each(['', '1.5', '1e3', 'x', '-1'])('countText rejects %j', (text) => {
    expect(countText.safeDecode(text).success).toBe(false);
  });

  it('integerText accepts a sign', () => {
    expect(integerText.decode('-1')).toBe(-1);
  });

  it('round-trips any count', () => {
    fc.assert(fc.property(fc.nat(), (n) => countText.decode(countText.encode(n)) === n));
  });
});
