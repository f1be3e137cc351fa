import { addDays, MOSCOW_OFFSET, type SessionItem } from '@boomstream/spec';

import type { SeededRandom } from './random.js';
import { COUNTRIES, DOCUMENTATION_NETWORKS, USER_AGENTS } from './vocabulary.js';

const pad = (n: number) => String(n).padStart(2, '0');
/** `HH:mm:ss` of a second of the day. */
const clockOf = (second: number) =>
  `${pad(Math.floor(second / 3600))}:${pad(Math.floor(second / 60) % 60)}:${pad(second % 60)}`;

export interface SessionPlan {
  /** The media name the password is connected to (`Place`). */
  readonly place: string;
  readonly today: string;
  /** Milliseconds of `today` that have happened: later sessions do not exist yet. */
  readonly elapsedMs: number;
  readonly count: number;
  /** Sessions are spread over this many days before `today`. */
  readonly days: number;
  /** Whether one session falls on `today` before now, so that the server's default range finds it. */
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
  // Whole seconds of today up to now, both ends included: 86 400 once the day is over.
  const secondsToday = Math.min(86_400, Math.floor(plan.elapsedMs / 1000) + 1);
  const times = Array.from({ length: plan.count }, (_, i) => {
    const pinned = plan.includeToday && i === 0;
    const daysAgo = pinned ? 0 : random.int(0, plan.days);
    // The pinned session folds into the part of today that has happened (unchanged
    // once the day is over), so a demo password has a session even at 00:30.
    const second = random.int(0, 86_399) % (pinned ? secondsToday : 86_400);
    return `${addDays(plan.today, -daysAgo)}T${clockOf(second)}${MOSCOW_OFFSET}`;
  }).sort();
  const activations = plan.count + random.int(0, 3);
  const sessions = times.map((createdAt, i) => ({
    place: plan.place,
    ...random.pick(devices),
    createdAt,
    leftActivations: activations - i - 1,
  }));
  // Drawn for the whole day and then cut, so the draws (and the past) never depend on now.
  const cutoff = `${plan.today}T${clockOf(secondsToday - 1)}${MOSCOW_OFFSET}`;
  return sessions.filter(({ createdAt }) => createdAt <= cutoff);
}
