import { addDays, MOSCOW_OFFSET, type SessionItem } from '@boomstream/spec';

import { hash32, SeededRandom } from './random.js';
import { ALPHANUMERIC, USER_AGENTS, type DOCUMENTATION_NETWORKS } from './vocabulary.js';

/**
 * Customers for a password-sharing audit, each a known case: sharers, honest
 * viewers that look alike at first sight, and an office network many of them
 * share. Drawn from a stream of their own, after the rest of the world, so the
 * world's other data (and every fixture made from it) is the same with them.
 */

/** The cases, in the order the demo lists them. */
export const AUDIT_CASES = [
  'group-buy',
  'two-cities',
  'activations-run-out',
  'office-commuter',
  'phone-and-laptop',
  'office-colleague-1',
  'office-colleague-2',
  'office-colleague-3',
] as const;
export type AuditCase = (typeof AUDIT_CASES)[number];

/** Every audit session falls inside the `AUDIT_DAYS` days before today: never today, so `now` cuts none. */
export const AUDIT_DAYS = 14;

/** A customer of the audit demo: a password, its media, and which case it is. */
export interface AuditCustomer {
  readonly code: string;
  readonly hash: string;
  readonly case: AuditCase;
  /** What the case is, for people: `sharer: …` or `honest: …`. */
  readonly label: string;
}

/** Where a session comes from: an IPv4 TEST-NET (RFC 5737) or a /64 of IPv6's documentation prefix (RFC 3849). */
type Place =
  | { readonly office: true }
  | { readonly v4: (typeof DOCUMENTATION_NETWORKS)[number] }
  | { readonly v6: string };

/** One planned session: days before today, Moscow clock, where, which user agent, which country. */
interface Visit {
  readonly day: number;
  readonly at: string;
  readonly place: Place;
  readonly agent: number;
  readonly country: string;
}

/** The user agents of vocabulary.ts, by the device family each one is. */
const WINDOWS_CHROME = 0;
const MAC_SAFARI = 1;
const IPHONE_SAFARI = 2;
const ANDROID_CHROME = 3;
const LINUX_FIREFOX = 4;
const WINDOWS_YANDEX = 5;
const WINDOWS_EDGE = 6;

/** The office: one IPv4 /24 shared by four customers (TEST-NET-3). */
const OFFICE: Place = { office: true };
const at = (
  day: number,
  clock: string,
  place: Place,
  agent: number,
  country = 'Russia',
): Visit => ({
  day,
  at: clock,
  place,
  agent,
  country,
});

interface Plan {
  readonly case: AuditCase;
  readonly label: string;
  /** Activations the password had before its first session. */
  readonly activations: number;
  readonly visits: (net: (name: string) => Place) => readonly Visit[];
}

const PLANS: readonly Plan[] = [
  {
    case: 'group-buy',
    label: 'sharer: a password passed around a group buy (eight networks, seven devices in a day)',
    activations: 10,
    visits: (net) => [
      at(3, '20:00', net('buyer'), WINDOWS_CHROME),
      at(2, '09:10', net('buyer'), WINDOWS_CHROME),
      at(2, '10:25', net('b'), IPHONE_SAFARI),
      at(2, '11:40', net('c'), ANDROID_CHROME),
      at(2, '13:05', net('d'), WINDOWS_YANDEX),
      at(2, '13:20', net('e'), MAC_SAFARI, 'Belarus'),
      at(2, '16:45', net('f'), LINUX_FIREFOX),
      at(2, '18:30', net('g'), WINDOWS_EDGE, 'Kazakhstan'),
      at(2, '18:50', net('h'), ANDROID_CHROME),
      at(2, '21:15', net('b'), IPHONE_SAFARI),
    ],
  },
  {
    case: 'two-cities',
    label: 'sharer: two cities at once (Russia and Germany, minutes apart)',
    activations: 20,
    visits: () => {
      const [moscow, berlin] = [{ v4: '192.0.2' }, { v4: '198.51.100' }] as const;
      return [
        at(12, '20:10', moscow, WINDOWS_CHROME),
        at(9, '19:05', moscow, WINDOWS_CHROME),
        at(9, '19:20', berlin, MAC_SAFARI, 'Germany'),
        at(6, '21:00', berlin, MAC_SAFARI, 'Germany'),
        at(6, '21:18', moscow, WINDOWS_CHROME),
        at(3, '19:40', moscow, WINDOWS_CHROME),
        at(3, '19:52', berlin, MAC_SAFARI, 'Germany'),
        at(1, '20:30', berlin, MAC_SAFARI, 'Germany'),
      ];
    },
  },
  {
    case: 'activations-run-out',
    label: 'sharer: five activations used up in little more than a day, hours apart',
    activations: 5,
    visits: (net) => [
      at(5, '10:00', net('phone'), ANDROID_CHROME),
      at(5, '14:30', net('friend'), WINDOWS_CHROME),
      at(5, '19:00', net('phone'), ANDROID_CHROME),
      at(4, '08:15', net('other'), WINDOWS_CHROME),
      at(4, '12:40', net('friend'), WINDOWS_CHROME),
    ],
  },
  {
    case: 'office-commuter',
    label:
      "honest: leaves the office and goes on watching on the phone's mobile network (a shared network, discounted)",
    activations: 30,
    visits: (net) => [
      at(6, '17:40', OFFICE, WINDOWS_CHROME),
      at(6, '17:55', net('mobile'), ANDROID_CHROME),
      at(3, '13:10', OFFICE, WINDOWS_CHROME),
      at(1, '18:05', OFFICE, WINDOWS_CHROME),
      at(1, '18:20', net('mobile'), ANDROID_CHROME),
    ],
  },
  {
    case: 'phone-and-laptop',
    label: 'honest: a phone and a laptop on one home network',
    activations: 30,
    visits: (net) => {
      const home = net('home');
      return [
        at(13, '20:00', home, WINDOWS_CHROME),
        at(13, '20:07', home, ANDROID_CHROME),
        at(10, '21:30', home, ANDROID_CHROME),
        at(8, '19:45', home, WINDOWS_CHROME),
        at(8, '19:50', home, ANDROID_CHROME),
        at(5, '20:15', home, WINDOWS_CHROME),
        at(2, '22:00', home, ANDROID_CHROME),
        at(1, '20:20', home, WINDOWS_CHROME),
        at(1, '20:35', home, ANDROID_CHROME),
      ];
    },
  },
  {
    case: 'office-colleague-1',
    label: 'honest: watches at lunch on the office network, at home in the evening',
    activations: 30,
    visits: (net) => [
      at(9, '13:05', OFFICE, WINDOWS_EDGE),
      at(9, '20:40', net('home'), IPHONE_SAFARI),
      at(6, '13:15', OFFICE, WINDOWS_EDGE),
      at(2, '12:55', OFFICE, WINDOWS_EDGE),
    ],
  },
  {
    case: 'office-colleague-2',
    label: 'honest: watches at lunch on the office network, at home in the evening',
    activations: 30,
    visits: (net) => [
      at(8, '13:10', OFFICE, MAC_SAFARI),
      at(7, '13:20', OFFICE, MAC_SAFARI),
      at(7, '21:05', net('home'), MAC_SAFARI),
      at(3, '13:00', OFFICE, MAC_SAFARI),
    ],
  },
  {
    case: 'office-colleague-3',
    label: 'honest: watches at lunch on the office network, at home in the evening',
    activations: 30,
    visits: (net) => [
      at(10, '12:50', OFFICE, WINDOWS_CHROME),
      at(4, '13:30', OFFICE, WINDOWS_CHROME),
      at(4, '19:10', net('home'), ANDROID_CHROME),
    ],
  },
];

/** The office's TEST-NET: no sharer uses it. */
const OFFICE_NETWORK = '203.0.113';

export interface SharerInput {
  readonly seed: number;
  readonly today: string;
  /** The media the audit customers bought: its code and name (`Place`). */
  readonly media: { readonly code: string; readonly name: string };
  /** Draws a value not taken yet (the world's passwords, keys and codes). */
  readonly unique: (draw: () => string) => string;
}

/** The audit's customers, their sessions oldest first, in `AUDIT_CASES` order. */
export function auditCustomers(input: SharerInput): {
  customer: AuditCustomer;
  sessions: SessionItem[];
}[] {
  // A stream of its own: drawing here never moves the world's other draws.
  const random = new SeededRandom(hash32(input.seed, 0x5ea7));
  let v6Networks = 0;
  return PLANS.map((plan) => {
    const hash = input.unique(() => random.text(ALPHANUMERIC, 12));
    // Each named network of a customer is a /64 of its own; each device has a host in it.
    const networks = new Map<string, Place>();
    const net = (name: string): Place => {
      const known = networks.get(name);
      if (known) return known;
      v6Networks++;
      const place = {
        v6: `2001:db8:${(0x100 + v6Networks).toString(16)}:${random.int(1, 0xffff).toString(16)}`,
      };
      networks.set(name, place);
      return place;
    };
    const hosts = new Map<string, string>();
    const ipOf = (place: Place, agent: number): string => {
      const prefix = 'office' in place ? OFFICE_NETWORK : 'v4' in place ? place.v4 : place.v6;
      const key = `${prefix}/${agent}`;
      const host =
        hosts.get(key) ??
        ('v6' in place ? random.int(1, 0xffff).toString(16) : String(random.int(1, 254)));
      hosts.set(key, host);
      return 'v6' in place ? `${prefix}::${host}` : `${prefix}.${host}`;
    };
    const visits = [...plan.visits(net)].sort((a, b) => b.day - a.day || a.at.localeCompare(b.at));
    const sessions = visits.map((visit, i): SessionItem => {
      const second = String(random.int(0, 59)).padStart(2, '0');
      return {
        place: input.media.name,
        ip: ipOf(visit.place, visit.agent),
        country: visit.country,
        userAgent: USER_AGENTS[visit.agent] ?? USER_AGENTS[0],
        createdAt: `${addDays(input.today, -visit.day)}T${visit.at}:${second}${MOSCOW_OFFSET}`,
        leftActivations: plan.activations - i - 1,
      };
    });
    return {
      customer: { code: input.media.code, hash, case: plan.case, label: plan.label },
      sessions,
    };
  });
}
