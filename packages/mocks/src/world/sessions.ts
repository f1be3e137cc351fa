import { addDays, type SessionItem } from '@boomstream/spec';

import type { SeededRandom } from './random.js';
import { COUNTRIES, DOCUMENTATION_NETWORKS, USER_AGENTS } from './vocabulary.js';

const pad = (n: number) => String(n).padStart(2, '0');

export interface SessionPlan {
  /** The media name the password is connected to (`Place`). */
  readonly place: string;
  readonly today: string;
  readonly count: number;
  /** Sessions are spread over this many days before `today`. */
  readonly days: number;
  /** Whether one session falls on `today`, so that the server's default range finds it. */
  readonly includeToday: boolean;
}

/** A viewer's device: one address, country and browser, reused across their sessions. */
function device(random: SeededRandom): Pick<SessionItem, 'ip' | 'country' | 'userAgent'> {
  return {
    ip: `${random.pick(DOCUMENTATION_NETWORKS)}.${random.int(1, 254)}`,
    // Squaring skews the pick to the first, most common countries.
    country: COUNTRIES[Math.floor(random.next() ** 2 * COUNTRIES.length)] ?? 'Russia',
    userAgent: random.pick(USER_AGENTS),
  };
}

/**
 * The sessions of one customer password, oldest first. Each one spends an
 * activation: `LeftActivations` counts down to what is left after it.
 */
export function customerSessions(random: SeededRandom, plan: SessionPlan): SessionItem[] {
  const devices = Array.from({ length: random.int(1, 3) }, () => device(random));
  const times = Array.from({ length: plan.count }, (_, i) => {
    const daysAgo = plan.includeToday && i === 0 ? 0 : random.int(0, plan.days);
    const second = random.int(0, 86_399);
    const clock = `${pad(Math.floor(second / 3600))}:${pad(Math.floor(second / 60) % 60)}:${pad(second % 60)}`;
    return `${addDays(plan.today, -daysAgo)}T${clock}+03:00`;
  }).sort();
  const activations = plan.count + random.int(0, 3);
  return times.map((createdAt, i) => ({
    place: plan.place,
    ...random.pick(devices),
    createdAt,
    leftActivations: activations - i - 1,
  }));
}
