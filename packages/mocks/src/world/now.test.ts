import { addDays } from '@boomstream/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { worldHours } from '../../test/world-hours.js';
import { createWorld, type World } from './index.js';

const today = '2024-06-30';
const moscow = (clock: string, day = today) => new Date(`${day}T${clock}+03:00`);
const full = createWorld({ seed: 1, today });
const early = createWorld({ seed: 1, today, now: moscow('04:30:00') });

const sessionsOf = (world: World) =>
  world.projects.flatMap((p) => p.customers.flatMap((c) => c.sessions));
const sumOf = (buckets: readonly { timeMs: number }[]) => buckets.reduce((s, b) => s + b.timeMs, 0);

describe('the world with a now', () => {
  it('watches nothing after the current Moscow hour, and only a part of it', () => {
    const hours = early.viewing.buckets(today, today, 'hour');
    expect(hours.length).toBeGreaterThan(0);
    for (const { date } of hours) expect(date <= `${today}T04:00`).toBe(true);
    const fullHours = full.viewing.buckets(today, today, 'hour');
    expect(fullHours.some(({ date }) => date > `${today}T04:00`)).toBe(true);
    // Every media's 04:00 is cut to its part, so the account's is too.
    const at = (world: World, hour: string) =>
      world.projects
        .flatMap((p) => p.media)
        .map(
          (m) => m.viewing.buckets(today, today, 'hour').find((b) => b.date === hour)?.timeMs ?? 0,
        );
    const [cut, whole] = [at(early, `${today}T04:00`), at(full, `${today}T04:00`)];
    cut.forEach((part, i) => {
      expect(part).toBeLessThanOrEqual(whole[i]!);
    });
    expect(cut.reduce((s, v) => s + v, 0)).toBeLessThan(whole.reduce((s, v) => s + v, 0));
    // The hours before now are whole, yesterday's included.
    const before = (world: World) =>
      world.viewing
        .buckets(addDays(today, -30), today, 'hour')
        .filter(({ date }) => date < `${today}T04:00`);
    expect(before(early)).toEqual(before(full));
  });

  it("sums today's hourly buckets to today's daily bucket, at any instant of the day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 24 * 3600 * 1000 }), (ms) => {
        const now = new Date(moscow('00:00:00').getTime() + ms);
        const world = createWorld({ seed: 3, today, now });
        for (const series of [world.viewing, world.projects[1]!.viewing]) {
          const [day] = series.buckets(today, today, 'day');
          expect(day?.timeMs ?? 0).toBe(sumOf(series.buckets(today, today, 'hour')));
        }
      }),
      { numRuns: 20 },
    );
    const [day] = early.viewing.buckets(today, today, 'day');
    expect(day!.timeMs).toBeLessThan(full.viewing.buckets(today, today, 'day')[0]!.timeMs);
  });

  it('creates no session after now, and keeps every earlier one', () => {
    const cutoff = `${today}T04:30:00+03:00`;
    const sessions = sessionsOf(early);
    expect(sessions.every((s) => s.createdAt <= cutoff)).toBe(true);
    expect(sessionsOf(full).some((s) => s.createdAt > cutoff)).toBe(true);
    const before = (s: { createdAt: string }) => s.createdAt < `${today}T00:00:00+03:00`;
    expect(sessions.filter(before)).toEqual(sessionsOf(full).filter(before));
  });

  it('keeps demo passwords with a session today before now, even just after midnight', () => {
    for (const clock of ['00:00:00', '00:30:00', '04:30:00']) {
      const now = moscow(clock);
      const world = createWorld({ seed: 5, today, now });
      expect(world.demo.sessions.length).toBeGreaterThan(0);
      for (const { hash } of world.demo.sessions) {
        const customer = world.projects[0]!.customers.find((c) => c.hash === hash)!;
        const todays = customer.sessions.filter((s) => s.createdAt.startsWith(today));
        expect(todays.length).toBeGreaterThan(0);
        for (const s of todays) expect(s.createdAt <= `${today}T${clock}+03:00`).toBe(true);
      }
    }
  });

  it('is the whole day by default: the end of today gives the same world as no now', () => {
    const endOfToday = createWorld({ seed: 1, today, now: moscow('00:00:00', addDays(today, 1)) });
    expect(endOfToday).toEqual(full);
    expect(worldHours(endOfToday)).toEqual(worldHours(full));
    expect(early.demo.apiKey).toBe(full.demo.apiKey);
  });

  it('rejects a now outside today, naming the option', () => {
    for (const now of [
      moscow('23:59:59', addDays(today, -1)),
      moscow('00:00:01', addDays(today, 1)),
    ]) {
      expect(() => createWorld({ seed: 1, today, now })).toThrow(/now.*today/);
    }
    expect(() => createWorld({ seed: 1, today, now: new Date(Number.NaN) })).toThrow(/now/);
  });
});
