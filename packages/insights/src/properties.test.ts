import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { UA } from '../test/sessions.js';
import { auditSharing } from './audit.js';
import type { SessionInput, SharingAudit } from './types.js';

const NETWORKS = ['192.0.2', '198.51.100', '203.0.113'];
const COUNTRIES = ['Russia', 'Germany', 'Kazakhstan', 'Belarus', 'Atlantis'];
const START = Date.parse('2024-06-01T00:00:00+03:00');

/** An instant in June 2024 as the API writes it, Moscow time with its offset. */
const moscowTime = fc.integer({ min: 0, max: 14 * 24 * 60 }).map((minutes) => {
  const moscow = new Date(START + minutes * 60_000 + 3 * 3_600_000);
  return `${moscow.toISOString().slice(0, 19)}+03:00`;
});

const ipv4 = fc
  .tuple(fc.constantFrom(...NETWORKS), fc.integer({ min: 1, max: 254 }))
  .map(([network, host]) => `${network}.${host}`);
// The host part is never all zeros: the network's own address is no viewer's.
const ipv6 = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 0xffff }))
  .map(([network, host]) => `2001:db8:${network}:7::${host.toString(16)}`);

const sessionArb = (ip: fc.Arbitrary<string> = fc.oneof(ipv4, ipv6)) =>
  fc.record({
    ip,
    country: fc.constantFrom(...COUNTRIES),
    userAgent: fc.constantFrom(...Object.values(UA)),
    createdAt: moscowTime,
    leftActivations: fc.integer({ min: 0, max: 5 }),
  });

const customersArb = fc.dictionary(
  fc.constantFrom('anna', 'boris', 'vera', 'gleb', 'dina'),
  fc.array(sessionArb(), { maxLength: 12 }),
  { minKeys: 1 },
);

const evidenceCounts = (audit: SharingAudit) =>
  Object.fromEntries(audit.customers.map(({ customer, evidence }) => [customer, evidence.length]));

describe('auditSharing, for any sessions', () => {
  it('never has less evidence after a customer gets more sessions', () => {
    fc.assert(
      fc.property(
        customersArb,
        fc.array(sessionArb(), { minLength: 1, maxLength: 6 }),
        (customers, more) => {
          const [someone] = Object.keys(customers);
          const before = evidenceCounts(auditSharing(customers));
          const grown = { ...customers, [someone!]: [...customers[someone!]!, ...more] };
          const after = evidenceCounts(auditSharing(grown));
          for (const [customer, count] of Object.entries(before)) {
            expect(after[customer], customer).toBeGreaterThanOrEqual(count);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('finds no network or device evidence for one network and one device', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NETWORKS),
        fc.constantFrom(...Object.values(UA)),
        fc.array(
          fc.record({
            host: fc.integer({ min: 1, max: 254 }),
            createdAt: moscowTime,
            country: fc.constantFrom(...COUNTRIES),
            leftActivations: fc.integer({ min: 0, max: 5 }),
          }),
          { maxLength: 20 },
        ),
        (network, userAgent, visits) => {
          const sessions: SessionInput[] = visits.map(({ host, ...visit }) => ({
            ...visit,
            ip: `${network}.${host}`,
            userAgent,
          }));
          const [only] = auditSharing({ solo: sessions }).customers;
          const signals = only!.evidence.map(({ signal }) => signal);
          expect(signals).not.toContain('close-starts');
          expect(signals).not.toContain('network-velocity');
          expect(signals).not.toContain('device-spread');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never shows a whole address unless showIps, and shows each one then', () => {
    fc.assert(
      fc.property(customersArb, (customers) => {
        const ips = Object.values(customers).flatMap((sessions) => sessions.map(({ ip }) => ip));
        const masked = JSON.stringify(auditSharing(customers));
        const shown = JSON.stringify(auditSharing(customers, { showIps: true }));
        for (const ip of ips) {
          // Whole: not followed by more of an address (`192.0.2.1` is in `192.0.2.10`).
          const whole = new RegExp(`${ip.replaceAll('.', '\\.')}(?![0-9a-f.:])`);
          expect(masked).not.toMatch(whole);
        }
        // Evidence carries some sessions, not all: each shown IP is one of the input's.
        for (const [, ip] of shown.matchAll(/"ip":"([^"]+)"/g)) expect(ips).toContain(ip);
      }),
      { numRuns: 200 },
    );
  });

  it('gives `none` exactly to customers with no evidence, and ranks by score', () => {
    fc.assert(
      fc.property(customersArb, (customers) => {
        const audit = auditSharing(customers);
        for (const { risk, evidence } of audit.customers) {
          expect(risk === 'none').toBe(evidence.length === 0);
        }
        const scores = audit.customers.map(({ score }) => score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on the order customers come in', () => {
    fc.assert(
      fc.property(customersArb, (customers) => {
        const reversed = Object.fromEntries(Object.entries(customers).reverse());
        expect(auditSharing(reversed)).toEqual(auditSharing(customers));
      }),
      { numRuns: 100 },
    );
  });
});
