/**
 * The mock world's audit demo has a known answer: the cases were planned so (see
 * packages/mocks/src/world/sharers.ts), and the expected levels below are read off
 * those plans by hand, through the world's own session query.
 */
import { createWorld, MockWorld } from '@boomstream/mocks';
import { describe, expect, it } from 'vitest';

import { auditSharing } from '../src/index.js';

function auditDemo(seed: number) {
  const world = createWorld({ seed, today: '2024-06-30' });
  const mock = new MockWorld(world);
  const { start, end, customers } = world.demo.audit;
  return auditSharing(
    new Map(
      customers.map(({ code, hash, case: name }) => [
        name,
        mock.sessions({ code, hash, start, end }),
      ]),
    ),
  );
}

describe.each([2024, 1, 99])('the audit of the mock world, seed %i', (seed) => {
  const audit = auditDemo(seed);
  const of = (name: string) => audit.customers.find(({ customer }) => customer === name)!;

  it('ranks the seeded sharers on top', () => {
    expect(audit.customers.slice(0, 3).map(({ customer, risk }) => [customer, risk])).toEqual([
      ['group-buy', 'high'],
      ['two-cities', 'high'],
      ['activations-run-out', 'medium'],
    ]);
  });

  it('finds every signal in the group buy, travel and close starts in the two cities', () => {
    expect(new Set(of('group-buy').evidence.map(({ signal }) => signal))).toEqual(
      new Set([
        'impossible-travel',
        'close-starts',
        'network-velocity',
        'device-spread',
        'activations-used-up',
      ]),
    );
    // Three evenings with a session in each city minutes apart.
    const signals = of('two-cities').evidence.map(({ signal }) => signal);
    expect(signals.filter((signal) => signal === 'impossible-travel')).toHaveLength(3);
    expect(signals.filter((signal) => signal === 'close-starts')).toHaveLength(3);
    expect(of('activations-run-out').evidence.map(({ signal }) => signal)).toEqual([
      'activations-used-up',
    ]);
  });

  it('leaves the honest phone and laptop, and the office colleagues, at none', () => {
    for (const name of [
      'phone-and-laptop',
      'office-colleague-1',
      'office-colleague-2',
      'office-colleague-3',
    ]) {
      expect(of(name), name).toMatchObject({ risk: 'none', evidence: [] });
    }
  });

  it('lists the office network as shared, and shows the commuter’s evidence on it discounted', () => {
    expect(audit.sharedNetworks).toEqual([
      {
        network: '203.0.113.0/24',
        customers: [
          'office-colleague-1',
          'office-colleague-2',
          'office-colleague-3',
          'office-commuter',
        ],
        // 3 + 3 + 3 + 2 office sessions.
        sessionCount: 11,
      },
    ]);
    const commuter = of('office-commuter');
    expect(commuter).toMatchObject({ risk: 'low', score: 0 });
    expect(commuter.evidence).toHaveLength(2);
    for (const row of commuter.evidence) {
      expect(row).toMatchObject({
        signal: 'close-starts',
        points: 0,
        discountedBy: ['203.0.113.0/24'],
      });
    }
  });
});

describe.each([2024, 1])(
  'the audit of 200 demo customers (the cases and the crowd), seed %i',
  (seed) => {
    const world = createWorld({ seed, today: '2024-06-30' });
    const mock = new MockWorld(world);
    const { start, end, customers, crowd } = world.demo.audit;
    const named = [
      ...customers.map(({ code, hash, case: name }) => ({ code, hash, name })),
      ...crowd.map(({ code, hash, label }) => ({ code, hash, name: label })),
    ];
    const audit = auditSharing(
      new Map(
        named.map(({ code, hash, name }) => [name, mock.sessions({ code, hash, start, end })]),
      ),
    );

    it('still ranks the seeded sharers on top, and finds nothing in any crowd viewer', () => {
      expect(audit.customers).toHaveLength(200);
      expect(audit.customers.slice(0, 3).map(({ customer }) => customer)).toEqual([
        'group-buy',
        'two-cities',
        'activations-run-out',
      ]);
      for (const { label } of crowd) {
        expect(audit.customers.find(({ customer }) => customer === label)).toMatchObject({
          risk: 'none',
          evidence: [],
        });
      }
      expect(audit.sharedNetworks.map(({ network }) => network)).toEqual(['203.0.113.0/24']);
    });
  },
);
