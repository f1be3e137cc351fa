import { addDays } from '@boomstream/spec';
import { describe, expect, it } from 'vitest';

import { createWorld } from '../world/world.js';
import { MockWorld } from './mock-world.js';

const today = '2024-06-30';
const world = createWorld({ seed: 8, today });
const expected = new MockWorld(world);
const [code = ''] = world.demo.codes;

describe("the mock's world, for expected values", () => {
  it("gives a media's viewing by day as the sums of its hours, from the world's own series", () => {
    const week = { code, start: '2024-06-24', end: today };
    const days = expected.viewing(week);
    const hours = expected.viewing({ ...week, group: 'hour' });
    expect(days.length).toBeGreaterThan(0);
    for (const { date, timeMs } of days) {
      const sum = hours.filter((h) => h.date.startsWith(date)).reduce((s, h) => s + h.timeMs, 0);
      expect(timeMs, date).toBe(sum);
    }
    const media = world.projects[0]!.media[0]!;
    expect(expected.totalTimeMs(week)).toBe(
      media.viewing.hours.subarray(-7 * 24).reduce((sum, ms) => sum + ms, 0),
    );
  });

  it('defaults the range as the server does: the week up to today, by day', () => {
    expect(expected.viewing({ code })).toEqual(
      expected.viewing({ code, start: addDays(today, -7), end: today, group: 'day' }),
    );
  });

  it("sums a project's media, and the account's projects for project 'all'", () => {
    const range = { start: '2024-06-01', end: today };
    const mediaTotal = world.demo.codes.reduce(
      (sum, c) => sum + expected.totalTimeMs({ ...range, code: c }),
      0,
    );
    expect(expected.totalTimeMs(range)).toBeCloseTo(mediaTotal, 6);
    const projects = world.projects.reduce(
      (sum, p) => sum + expected.totalTimeMs({ ...range, project: p.key }),
      0,
    );
    expect(expected.totalTimeMs({ ...range, project: 'all' })).toBeCloseTo(projects, 6);
  });

  it("gives a password's sessions in the range, oldest first", () => {
    const [pair] = world.demo.sessions;
    const sessions = expected.sessions({ ...pair!, start: '2024-01-01', end: today });
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.map((s) => s.createdAt)).toEqual(sessions.map((s) => s.createdAt).sort());
    expect(expected.sessions(pair!).every((s) => s.createdAt.startsWith(today))).toBe(true);
  });

  it('names what it cannot answer: a bad parameter, an unknown code or project', () => {
    expect(() => expected.viewing({ code, start: '2024-02-30' })).toThrow(/start: /);
    expect(() => expected.viewing({ code: 'ZZZZ9999' })).toThrow(/code: no media ZZZZ9999/);
    expect(() => expected.viewing({ project: 'nope' })).toThrow(/project: no project/);
  });
});
