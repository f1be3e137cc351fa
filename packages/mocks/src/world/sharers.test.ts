import { addDays } from '@boomstream/spec';
import { describe, expect, it } from 'vitest';

import { MockWorld } from '../core/mock-world.js';
import { AUDIT_CASES, AUDIT_DAYS, createWorld } from './index.js';

const today = '2024-06-30';
const world = createWorld({ seed: 2024, today });
const { audit } = world.demo;
const sessionsOf = (name: string) => {
  const { code, hash } = audit.customers.find((c) => c.case === name)!;
  return new MockWorld(world).sessions({ code, hash, start: audit.start, end: audit.end });
};
/** The /24 or /64 of a documentation address, as the world writes them. */
const networkOf = (ip: string) =>
  ip.includes(':') ? ip.split('::')[0]! : ip.replace(/\.\d+$/, '');
const distinct = (values: readonly string[]) => new Set(values).size;

describe('the audit demo: customers with a known sharing answer', () => {
  it('lists every case once, a password of the demo project with its label', () => {
    expect(audit.customers.map((c) => c.case)).toEqual([...AUDIT_CASES]);
    expect(audit).toMatchObject({ start: addDays(today, -AUDIT_DAYS), end: addDays(today, -1) });
    const project = world.projects[0]!;
    for (const customer of audit.customers) {
      expect(customer.label).toMatch(/^(sharer|honest): /);
      expect(project.customers.filter((c) => c.hash === customer.hash)).toHaveLength(1);
      expect(project.media.map((m) => m.code)).toContain(customer.code);
    }
    const hashes = world.projects.flatMap((p) => p.customers.map((c) => c.hash));
    expect(distinct(hashes)).toBe(hashes.length);
  });

  it('keeps every audit session inside the range, before today, so `now` cuts none', () => {
    const early = createWorld({ seed: 2024, today, now: new Date(`${today}T00:30:00+03:00`) });
    expect(early.demo.audit).toEqual(audit);
    for (const { case: name } of audit.customers) {
      const sessions = sessionsOf(name);
      expect(sessions.length, name).toBeGreaterThan(2);
      for (const { createdAt } of sessions) {
        expect(createdAt.slice(0, 10) >= audit.start && createdAt.slice(0, 10) <= audit.end).toBe(
          true,
        );
      }
      const left = sessions.map((s) => s.leftActivations);
      expect(left, name).toEqual([...left].sort((a, b) => b - a));
    }
  });

  it('leaves the demo passwords with sessions today as they were', () => {
    const audited = new Set(audit.customers.map((c) => c.hash));
    expect(world.demo.sessions.some(({ hash }) => audited.has(hash))).toBe(false);
  });

  it('has a group buy: eight networks and a run-out password in a day', () => {
    const sessions = sessionsOf('group-buy');
    const day = sessions.filter((s) => s.createdAt.startsWith(addDays(today, -2)));
    expect(distinct(day.map((s) => networkOf(s.ip)))).toBe(8);
    expect(distinct(day.map((s) => s.userAgent))).toBe(7);
    expect(sessions.at(-1)!.leftActivations).toBe(0);
  });

  it('has two cities at once: Russia and Germany on two networks, minutes apart', () => {
    const sessions = sessionsOf('two-cities');
    expect(distinct(sessions.map((s) => s.country))).toBe(2);
    expect(distinct(sessions.map((s) => networkOf(s.ip)))).toBe(2);
  });

  it('has an honest phone and laptop: one network, two devices, activations to spare', () => {
    const sessions = sessionsOf('phone-and-laptop');
    expect(distinct(sessions.map((s) => networkOf(s.ip)))).toBe(1);
    expect(distinct(sessions.map((s) => s.userAgent))).toBe(2);
    expect(Math.min(...sessions.map((s) => s.leftActivations))).toBeGreaterThan(0);
  });

  it('has an office network four customers share, and no sharer on it', () => {
    const onOffice = audit.customers
      .filter(({ case: name }) => sessionsOf(name).some((s) => s.ip.startsWith('203.0.113.')))
      .map((c) => c.case);
    expect(onOffice).toEqual([
      'office-commuter',
      'office-colleague-1',
      'office-colleague-2',
      'office-colleague-3',
    ]);
  });

  it('is the same for the same seed, another for another', () => {
    expect(createWorld({ seed: 2024, today }).demo.audit).toEqual(audit);
    const other = createWorld({ seed: 2025, today }).demo.audit;
    expect(other.customers.map((c) => c.case)).toEqual([...AUDIT_CASES]);
    expect(other.customers[0]!.hash).not.toBe(audit.customers[0]!.hash);
  });
});
