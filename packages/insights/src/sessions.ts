import { deviceFamily } from './device.js';
import { networkOf } from './network.js';
import type { SessionInput, SessionRef } from './types.js';

/** A session read once for every signal: its shown form and its instant. */
export interface PreparedSession {
  readonly ref: SessionRef;
  /** Milliseconds since the epoch; `createdAt` carries its offset (Moscow's). */
  readonly time: number;
}

/** A session as the result shows it: its address masked unless `showIps`, its device family. */
export function sessionRef(session: SessionInput, index: number, showIps: boolean): SessionRef {
  const { network, ip } = networkOf(session.ip, showIps);
  return {
    index,
    createdAt: session.createdAt,
    ip,
    network: network ?? null,
    country: session.country,
    device: deviceFamily(session.userAgent) ?? null,
    leftActivations: session.leftActivations,
  };
}

/** A customer's sessions, readable ones oldest first, and how many had no readable time. */
export function prepareSessions(
  sessions: readonly SessionInput[],
  showIps: boolean,
): { sessions: PreparedSession[]; unreadableTimes: number } {
  const prepared: PreparedSession[] = [];
  sessions.forEach((session, index) => {
    const time = Date.parse(session.createdAt);
    if (Number.isNaN(time)) return;
    prepared.push({ time, ref: sessionRef(session, index, showIps) });
  });
  // Ties keep the caller's order, so the same input always gives the same evidence.
  prepared.sort((a, b) => a.time - b.time || a.ref.index - b.ref.index);
  return { sessions: prepared, unreadableTimes: sessions.length - prepared.length };
}
