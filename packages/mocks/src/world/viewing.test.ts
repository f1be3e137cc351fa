import { addDays, hoursOf } from '@boomstream/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { createWorld } from './index.js';

const today = '2024-06-30';
const world = createWorld({ seed: 5, today });
const series = world.projects[0]!.viewing;

/** A day from before the world's history to after its today. */
const dayArb = fc.integer({ min: -740, max: 5 }).map((offset) => addDays(today, offset));
/** A range: mostly in order, sometimes outside the history, reversed or empty. */
const rangeArb = fc.oneof(
  {
    arbitrary: fc
      .tuple(dayArb, fc.integer({ min: 0, max: 800 }))
      .map(([start, days]) => ({ start, end: addDays(start, days) })),
    weight: 6,
  },
  fc.record({ start: dayArb, end: dayArb }),
  fc.constant({ start: '2010-01-01', end: '2010-12-31' }),
);

describe("a viewing series' items", () => {
  it('are its buckets with viewing in the range, with their hours, any range and group', () => {
    fc.assert(
      fc.property(rangeArb, fc.constantFrom('day', 'hour'), ({ start, end }, group) => {
        const expected = series
          .buckets(start, end, group)
          .map(({ date, timeMs }) => ({ date, timeMs, hours: hoursOf(timeMs) }));
        expect(series.items(start, end, group)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('are the same frozen objects for every range that holds them', () => {
    const week = series.items('2024-06-24', today, 'day');
    const month = series.items('2024-06-01', today, 'day');
    expect(week.length).toBeGreaterThan(0);
    expect(month.slice(-week.length)).toEqual(week);
    week.forEach((item, i) => {
      expect(month[month.length - week.length + i]).toBe(item);
    });
    expect(Object.isFrozen(week[0])).toBe(true);
  });
});
