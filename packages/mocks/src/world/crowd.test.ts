import { addDays } from '@boomstream/spec';
import { describe, expect, it } from 'vitest';

import { MockWorld } from '../core/mock-world.js';
import { AUDIT_CASES, AUDIT_CROWD_SIZE, createWorld } from './index.js';

const today = '2024-06-30';
const world = createWorld({ seed: 2024, today });
const { audit } = world.demo;
const mock = new MockWorld(world);
const sessionsOf = ({ code, hash }: { code: string; hash: string }) =>
  mock.sessions({ code, hash, start: audit.start, end: audit.end });
/** The /64 of a documentation IPv6 address as the world writes them (`prefix::host`). */
const networkOf = (ip: string) => ip.split('::')[0] ?? ip;
const hours = (createdAt: string) => Date.parse(createdAt) / 3_600_000;

describe('the audit crowd: honest viewers beside the seeded cases', () => {
  it('makes 200 audit customers with the cases, each a password of the demo project labelled viewer-NNN', () => {
    expect(audit.crowd).toHaveLength(AUDIT_CROWD_SIZE);
    expect(audit.customers.length + audit.crowd.length).toBe(200);
    expect(audit.crowd.map((c) => c.label).slice(0, 2)).toEqual(['viewer-001', 'viewer-002']);
    expect(audit.crowd.at(-1)?.label).toBe(`viewer-${AUDIT_CROWD_SIZE}`);
    const project = world.projects[0]!;
    const hashes = new Set(project.customers.map((c) => c.hash));
    for (const customer of audit.crowd) expect(hashes.has(customer.hash)).toBe(true);
    const all = world.projects.flatMap((p) => p.customers.map((c) => c.hash));
    expect(new Set(all).size).toBe(all.length);
  });

  it('watches inside the audit range, from one network of its own, on at most two devices, days apart', () => {
    const caseNetworks = new Set(
      audit.customers.flatMap((c) => sessionsOf(c).map((s) => networkOf(s.ip))),
    );
    const seen = new Set<string>();
    for (const customer of audit.crowd) {
      const sessions = sessionsOf(customer);
      expect(sessions.length, customer.label).toBeGreaterThan(0);
      const networks = new Set(sessions.map((s) => networkOf(s.ip)));
      expect(networks.size, customer.label).toBe(1);
      const [network] = networks;
      expect(caseNetworks.has(network!), customer.label).toBe(false);
      expect(seen.has(network!), customer.label).toBe(false);
      seen.add(network!);
      expect(new Set(sessions.map((s) => s.userAgent)).size).toBeLessThanOrEqual(2);
      for (const session of sessions) {
        const day = session.createdAt.slice(0, 10);
        expect(day >= audit.start && day <= audit.end).toBe(true);
        expect(session.leftActivations).toBeGreaterThan(0);
      }
      const gaps = sessions
        .slice(1)
        .map((s, i) => hours(s.createdAt) - hours(sessions[i]!.createdAt));
      expect(Math.min(Infinity, ...gaps), customer.label).toBeGreaterThan(24);
    }
  });

  it("keeps the cases first and as planned: the group buy's first session three days before today", () => {
    expect(audit.customers.map((c) => c.case)).toEqual([...AUDIT_CASES]);
    const first = sessionsOf(audit.customers[0]!);
    expect(first[0]?.createdAt.slice(0, 10)).toBe(addDays(today, -3));
  });

  it('is the same for the same seed, another for another', () => {
    expect(createWorld({ seed: 2024, today }).demo.audit.crowd).toEqual(audit.crowd);
    expect(createWorld({ seed: 7, today }).demo.audit.crowd[0]?.hash).not.toBe(
      audit.crowd[0]?.hash,
    );
  });
});
