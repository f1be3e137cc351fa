import { addDays, params } from '@boomstream/spec';
import { describe, expect, it, vi } from 'vitest';

import { worldHours } from '../../test/world-hours.js';
import { createWorld, HISTORY_DAYS, HISTORY_START } from './index.js';

const today = '2024-06-30';

describe('the world', () => {
  it('is a pure function of seed and today, with no Math.random', () => {
    const random = vi.spyOn(Math, 'random');
    const a = createWorld({ seed: 7, today });
    const b = createWorld({ seed: 7, today });
    expect(random).not.toHaveBeenCalled();
    random.mockRestore();
    expect(b).toEqual(a);
    expect(worldHours(b)).toEqual(worldHours(a));
  });

  it('changes with the seed', () => {
    const a = createWorld({ seed: 7, today });
    const b = createWorld({ seed: 8, today });
    expect(b.demo.apiKey).not.toBe(a.demo.apiKey);
    expect(b.viewing.hours).not.toEqual(a.viewing.hours);
  });

  it('keeps the past when today moves: the same hour has the same noise', () => {
    const a = createWorld({ seed: 3, today });
    const b = createWorld({ seed: 3, today: addDays(today, 1) });
    const [mediaA, mediaB] = [a.projects[0]!.media[0]!, b.projects[0]!.media[0]!];
    // The same media over the same 30 days, one day further into b's window. Its
    // publication moves with today, so amounts differ; the empty hours do not.
    const empty = (hours: Float64Array, day: number) =>
      Array.from(hours.subarray(day * 24, day * 24 + 24 * 30), (v) => v === 0);
    const lastDays = HISTORY_DAYS - 30;
    expect(empty(mediaA.viewing.hours, lastDays)).toContain(true);
    expect(empty(mediaB.viewing.hours, lastDays - 1)).toEqual(
      empty(mediaA.viewing.hours, lastDays),
    );
  });

  it('has an account of projects with keys, media with valid codes, and customers bound to media', () => {
    const world = createWorld({ seed: 1, today });
    expect(world.projects.length).toBeGreaterThanOrEqual(2);
    for (const project of world.projects) {
      expect(project.key).toMatch(/^[0-9a-f]{32}$/);
      for (const media of project.media) {
        expect(params.code.schema.safeParse(media.code).success).toBe(true);
        expect(media.published <= today).toBe(true);
      }
      const codes = project.media.map((media) => media.code);
      for (const customer of project.customers) expect(codes).toContain(customer.code);
    }
  });

  it('never has viewing after today, nor before the history starts', () => {
    const world = createWorld({ seed: 1, today });
    const series = world.viewing;
    expect(series.firstDay).toBe(addDays(today, -HISTORY_DAYS));
    expect(series.lastDay).toBe(today);
    expect(series.buckets(addDays(today, 1), '2099-12-31', 'hour')).toEqual([]);
    expect(series.buckets('1971-01-01', addDays(series.firstDay, -1), 'day')).toEqual([]);
  });

  it('holds every day from HISTORY_START, with viewing, whatever today is, and the same viewing then', () => {
    // Years after HISTORY_START: two years of history alone would start after it.
    const later = ['2026-12-08', '2029-03-01'].map((day) => createWorld({ seed: 1, today: day }));
    for (const world of later) {
      expect(world.firstDay).toBe(HISTORY_START);
      const [project] = world.projects;
      const days = project!.viewing.buckets(HISTORY_START, addDays(HISTORY_START, 180), 'day');
      // Every day of the examples' first half-year has viewing in the demo's project.
      expect(days.map(({ date }) => date)).toEqual(
        Array.from({ length: 181 }, (_, i) => addDays(HISTORY_START, i)),
      );
    }
    const [a, b] = later.map((world) =>
      world.projects[0]!.viewing.buckets(HISTORY_START, '2024-12-31', 'hour'),
    );
    expect(b).toEqual(a);
  });

  it('follows a daily rhythm: evenings watch more than nights, and some hours are empty', () => {
    const world = createWorld({ seed: 1, today });
    const hours = world.projects[0]!.media[0]!.viewing.buckets(addDays(today, -90), today, 'hour');
    const byHour = (hour: string) =>
      hours.filter(({ date }) => date.endsWith(`T${hour}:00`)).reduce((s, b) => s + b.timeMs, 0);
    expect(byHour('20')).toBeGreaterThan(5 * byHour('04'));
    expect(hours.length).toBeLessThan(91 * 24);
  });

  it('gives customers realistic sessions: documentation IPs, browsers, activations counting down', () => {
    const world = createWorld({ seed: 1, today });
    const sessions = world.projects.flatMap((p) => p.customers.flatMap((c) => c.sessions));
    expect(sessions.length).toBeGreaterThan(100);
    for (const session of sessions) {
      // IPv4 TEST-NETs (RFC 5737) or IPv6's documentation prefix 2001:db8::/32 (RFC 3849).
      expect(session.ip).toMatch(
        /^((192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}|2001:db8:[0-9a-f]{1,4}:[0-9a-f]{1,4}::[0-9a-f]{1,4})$/,
      );
      expect(session.userAgent).toMatch(/^Mozilla\/5\.0 \(/);
      expect(session.createdAt.slice(0, 10) <= today).toBe(true);
    }
    const shared = world.projects[0]!.customers[0]!;
    expect(shared.sessions.length).toBeGreaterThan(200);
    expect(shared.sessions.map((s) => s.leftActivations)).toEqual(
      [...shared.sessions.map((s) => s.leftActivations)].sort((a, b) => b - a),
    );
  });

  it('offers demo values that work: the first project key, its codes, passwords with sessions today', () => {
    const world = createWorld({ seed: 5, today });
    expect(world.demo.apiKey).toBe(world.projects[0]!.key);
    expect(world.demo.codes).toEqual(world.projects[0]!.media.map((m) => m.code));
    expect(world.demo.sessions.length).toBeGreaterThan(0);
    for (const { code, hash } of world.demo.sessions) {
      const customer = world.projects[0]!.customers.find((c) => c.hash === hash);
      expect(customer?.code).toBe(code);
      expect(customer?.sessions.some((s) => s.createdAt.startsWith(today))).toBe(true);
    }
  });

  it('rejects a today that is not a date', () => {
    expect(() => createWorld({ seed: 1, today: '30.06.2024' })).toThrow(/YYYY-MM-DD/);
  });
});
