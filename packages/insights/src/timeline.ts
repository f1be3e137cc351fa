import { parse } from 'bowser';

import { deviceFamily } from './device.js';
import { prepareSessions, sessionRef } from './sessions.js';
import type { SessionInput, SessionRef } from './types.js';

/**
 * Every session of one customer as an audit shows them, oldest first: the same
 * `SessionRef`s its evidence holds (masked unless `showIps`), so that a viewer can mark
 * the evidence's sessions by `index`. Sessions with no readable time, which no signal
 * judged, come last, in the input's order.
 */
export function sessionTimeline(
  sessions: readonly SessionInput[],
  options: { readonly showIps?: boolean } = {},
): SessionRef[] {
  const showIps = options.showIps ?? false;
  const readable = prepareSessions(sessions, showIps).sessions.map(({ ref }) => ref);
  const read = new Set(readable.map((ref) => ref.index));
  const unreadable = sessions.flatMap((session, index) =>
    read.has(index) ? [] : [sessionRef(session, index, showIps)],
  );
  return [...readable, ...unreadable];
}

/** What a user agent says, part by part; a part it does not say is undefined. */
export interface UserAgentParts {
  /** The family the audit counts devices by: `Chrome on Windows (desktop)`. */
  readonly family: string | undefined;
  readonly browser: string | undefined;
  readonly browserVersion: string | undefined;
  readonly engine: string | undefined;
  readonly os: string | undefined;
  /** The system's version, with its marketing name when known: `10.15.7 (Catalina)`. */
  readonly osVersion: string | undefined;
  /** `desktop`, `mobile`, `tablet`, `tv`… */
  readonly platform: string | undefined;
  /** The device's maker and model, when the user agent names them: `Apple iPhone`. */
  readonly device: string | undefined;
}

/** The parts of a user agent, read by the same parser that names device families. */
export function userAgentParts(userAgent: string): UserAgentParts {
  // Bowser throws on an empty user agent, which the API does send.
  const { browser, engine, os, platform } =
    userAgent.trim() === '' ? { browser: {}, engine: {}, os: {}, platform: {} } : parse(userAgent);
  // Bowser names what it does not know with an empty string or not at all.
  const known = (...parts: (string | undefined)[]) =>
    parts.filter((part) => part !== undefined && part !== '').join(' ') || undefined;
  const versionName = known(os.versionName);
  return {
    family: deviceFamily(userAgent),
    browser: known(browser.name),
    browserVersion: known(browser.version),
    engine: known(engine.name, engine.version),
    os: known(os.name),
    osVersion: known(os.version, versionName && `(${versionName})`),
    platform: known(platform.type),
    device: known(platform.vendor, platform.model),
  };
}
