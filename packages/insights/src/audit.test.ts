import { describe, expect, it } from 'vitest';

import { session, UA } from '../test/sessions.js';
import { auditSharing } from './audit.js';
import { AUDIT_DEFAULTS } from './options.js';

const office = (customer: number, moscow: string) => session(moscow, `203.0.113.${customer}`);

describe('auditSharing', () => {
  it('ranks customers by score and names each level by its points', () => {
    const audit = auditSharing({
      // Travel 3 + close starts 2 = 5: high.
      anna: [
        session('2024-06-28 19:00', '192.0.2.10'),
        session('2024-06-28 19:12', '198.51.100.7', { country: 'Germany' }),
      ],
      // Close starts alone, same country: 2, medium.
      boris: [
        session('2024-06-28 19:00', '2001:db8:1:1::1'),
        session('2024-06-28 19:10', '2001:db8:1:2::1'),
      ],
      // Used up slowly: 1, low.
      vera: [
        session('2024-06-01 19:00', '2001:db8:2:1::1', { leftActivations: 1 }),
        session('2024-06-20 19:00', '2001:db8:2:1::1', { leftActivations: 0 }),
      ],
      // A phone and a laptop at home: nothing.
      gleb: [
        session('2024-06-28 19:00', '2001:db8:3:1::1'),
        session('2024-06-28 19:05', '2001:db8:3:1::2', { userAgent: UA.androidChrome }),
      ],
    });
    expect(audit.customers.map(({ customer, risk, score }) => [customer, risk, score])).toEqual([
      ['anna', 'high', 5],
      ['boris', 'medium', 2],
      ['vera', 'low', 1],
      ['gleb', 'none', 0],
    ]);
    expect(audit.customers[0]!.evidence.map(({ signal }) => signal)).toEqual([
      'impossible-travel',
      'close-starts',
    ]);
    expect(audit.sharedNetworks).toEqual([]);
  });

  it('lists a network three customers share, and discounts their network evidence on it', () => {
    const audit = auditSharing(
      new Map([
        ['c1', [office(1, '2024-06-28 17:40'), session('2024-06-28 17:55', '2001:db8:9:1::1')]],
        ['c2', [office(2, '2024-06-28 13:00')]],
        ['c3', [office(3, '2024-06-27 13:00'), office(3, '2024-06-28 13:00')]],
      ]),
    );
    expect(audit.sharedNetworks).toEqual([
      { network: '203.0.113.0/24', customers: ['c1', 'c2', 'c3'], sessionCount: 4 },
    ]);
    const [first] = audit.customers;
    expect(first).toMatchObject({ customer: 'c1', risk: 'low', score: 0 });
    expect(first!.evidence).toMatchObject([
      { signal: 'close-starts', points: 0, discountedBy: ['203.0.113.0/24'] },
    ]);
    // Two customers are not many: the same pair counts in full.
    const two = auditSharing({
      c1: [office(1, '2024-06-28 17:40'), session('2024-06-28 17:55', '2001:db8:9:1::1')],
      c2: [office(2, '2024-06-28 13:00')],
    });
    expect(two.sharedNetworks).toEqual([]);
    expect(two.customers[0]).toMatchObject({ customer: 'c1', risk: 'medium', score: 2 });
  });

  it('takes its thresholds from the options, the rest from the defaults', () => {
    const customers = {
      c1: [office(1, '2024-06-28 13:00')],
      c2: [office(2, '2024-06-28 13:00')],
    };
    expect(auditSharing(customers).sharedNetworks).toEqual([]);
    expect(auditSharing(customers, { sharedNetworkCustomers: 2 }).sharedNetworks).toHaveLength(1);
    expect(AUDIT_DEFAULTS).toEqual({
      closeStartMinutes: 30,
      velocityNetworks: 5,
      velocityHours: 24,
      travelSpeedKmh: 900,
      deviceFamilies: 3,
      deviceWindowDays: 7,
      fastActivationsHours: 48,
      sharedNetworkCustomers: 3,
      showIps: false,
    });
  });

  it('refuses a threshold that is not a positive number, naming it', () => {
    expect(() => auditSharing({}, { closeStartMinutes: 0 })).toThrow(/closeStartMinutes/);
    expect(() => auditSharing({}, { travelSpeedKmh: Number.NaN })).toThrow(/travelSpeedKmh/);
    expect(() => auditSharing({}, { velocityNetworks: 2.5 })).toThrow(/velocityNetworks.*whole/);
  });

  it('masks addresses unless showIps, everywhere in the result', () => {
    const sessions = {
      anna: [
        session('2024-06-28 19:00', '192.0.2.10'),
        session('2024-06-28 19:12', '2001:db8:5:6::77'),
      ],
    };
    const masked = JSON.stringify(auditSharing(sessions));
    expect(masked).toContain('192.0.2.x');
    expect(masked).toContain('2001:db8:5:6:x:x:x:x');
    expect(masked).not.toContain('192.0.2.10');
    expect(masked).not.toContain('::77');
    const shown = JSON.stringify(auditSharing(sessions, { showIps: true }));
    expect(shown).toContain('"192.0.2.10"');
    expect(shown).toContain('"2001:db8:5:6::77"');
  });

  it('says what it could not read', () => {
    const audit = auditSharing({
      anna: [
        session('2024-06-28 19:00', 'garbage', { country: 'Atlantis' }),
        session('2024-06-28 19:30', '192.0.2.1', { country: '' }),
        { ...session('2024-06-28 19:00', '192.0.2.1'), createdAt: 'yesterday' },
      ],
      boris: [],
    });
    expect(audit.skipped).toEqual({
      unknownCountries: ['Atlantis'],
      unreadableIps: 1,
      unreadableTimes: 1,
    });
    expect(audit.customers.map(({ customer, sessionCount }) => [customer, sessionCount])).toEqual([
      ['anna', 2],
      ['boris', 0],
    ]);
  });
});
