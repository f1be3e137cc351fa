import { addDays, isoDate, MOSCOW_OFFSET, type SessionItem } from '@boomstream/spec';
import { z } from 'zod';

import { SeededRandom } from './random.js';
import { customerSessions } from './sessions.js';
import { auditCrowd, type CrowdCustomer } from './crowd.js';
import { AUDIT_DAYS, auditCustomers, type AuditCustomer } from './sharers.js';
import { mediaViewing, ViewingSeries } from './viewing.js';
import { ALPHANUMERIC, HEX, MEDIA_TITLES, PROJECT_NAMES } from './vocabulary.js';

/** The instant Moscow's day `date` starts. */
const moscowMidnight = (date: string) => new Date(`${date}T00:00:00${MOSCOW_OFFSET}`);

/** What a world is made from. */
export const worldOptions = z
  .object({
    /** Everything else derives from it; another seed, another world. */
    seed: z.int({ error: 'seed must be a whole number' }),
    /** Moscow's today (YYYY-MM-DD): nothing is watched after it. */
    today: isoDate,
    /**
     * The instant inside today after which nothing is watched and no session is
     * created: later hours are empty, the current one holds its elapsed part.
     * Defaults to the end of today (tomorrow's Moscow midnight): the whole day.
     */
    now: z.date({ error: 'now must be a valid Date' }).optional(),
  })
  .superRefine(({ today, now }, ctx) => {
    if (now === undefined) return;
    const [start, end] = [moscowMidnight(today), moscowMidnight(addDays(today, 1))];
    if (now < start || now > end) {
      ctx.addIssue({
        code: 'custom',
        path: ['now'],
        message: `now must be inside today (${today}, Moscow): from ${start.toISOString()} to ${end.toISOString()}, got ${now.toISOString()}`,
      });
    }
  });
export type WorldOptions = z.infer<typeof worldOptions>;

/** How far back the world's history reaches, at least. */
export const HISTORY_DAYS = 730;

/**
 * The first day the world always holds, whatever its today: the help's and the
 * READMEs' examples use fixed dates from here on (help text must not change from
 * one day to the next), so the demo answers them with data on every future day.
 */
export const HISTORY_START = '2024-01-01';

/** The earlier of two YYYY-MM-DD days. */
const earlier = (a: string, b: string) => (a < b ? a : b);

export interface Customer {
  /** The customer's password, a secret. */
  readonly hash: string;
  readonly code: string;
  /** Oldest first. */
  readonly sessions: readonly SessionItem[];
}

export interface Media {
  /** 8 letters or digits. */
  readonly code: string;
  readonly name: string;
  readonly published: string;
  readonly viewing: ViewingSeries;
}

export interface Project {
  /** The project's API key, a secret. */
  readonly key: string;
  readonly name: string;
  readonly media: readonly Media[];
  readonly viewing: ViewingSeries;
  readonly customers: readonly Customer[];
}

/** Values that work with every method: a key, its media codes, and passwords with sessions today before now. */
export interface Demo {
  readonly apiKey: string;
  readonly codes: string[];
  readonly sessions: { code: string; hash: string }[];
  /**
   * Passwords for a password-sharing audit, each labelled with its case (sharers,
   * honest look-alikes, an office network four of them share), and the Moscow days
   * (both included) that hold all their sessions: ask the `session` method for them.
   */
  readonly audit: {
    readonly start: string;
    readonly end: string;
    readonly customers: readonly AuditCustomer[];
    /**
     * Honest viewers of the same media, each on a home network of its own: with the
     * cases, 200 customers to audit (none of them a sharer).
     */
    readonly crowd: readonly CrowdCustomer[];
  };
}

/** One account's projects, media, viewing and customers: a pure function of seed and today. */
export interface World extends WorldOptions {
  readonly firstDay: string;
  readonly projects: readonly Project[];
  /** The account's viewing: every project summed (`project=all`). */
  readonly viewing: ViewingSeries;
  readonly demo: Demo;
}

/** Draws values until one is new, so keys, codes and passwords never collide. */
function uniqueDraw(taken: Set<string>, draw: () => string): string {
  let value = draw();
  while (taken.has(value)) value = draw();
  taken.add(value);
  return value;
}

export function createWorld(options: WorldOptions): World {
  const parsed = worldOptions.safeParse(options);
  if (!parsed.success) {
    const issues = parsed.error.issues.map(({ path, message }) => `${path.join('.')}: ${message}`);
    throw new RangeError(`Invalid world options: ${issues.join('; ')}`);
  }
  const { seed, today } = parsed.data;
  const now = parsed.data.now ?? moscowMidnight(addDays(today, 1));
  // Milliseconds of today that have happened: from 0 to a whole day.
  const elapsedMs = now.getTime() - moscowMidnight(today).getTime();
  const random = new SeededRandom(seed);
  const firstDay = earlier(addDays(today, -HISTORY_DAYS), HISTORY_START);
  const taken = new Set<string>();
  let stream = 0;

  const projects = Array.from({ length: 3 }, (_, p): Project => {
    const media = Array.from({ length: random.int(4, 6) }, (_, m): Media => {
      // The first media of each project is old, and out by HISTORY_START (so the examples'
      // fixed dates have viewing); the last of the first project is new.
      const age = m === 0 ? random.int(400, 700) : p === 0 && m >= 3 ? 12 : random.int(20, 400);
      const published =
        m === 0
          ? earlier(addDays(today, -age), addDays(HISTORY_START, 400 - age))
          : addDays(today, -age);
      const peakMs = Math.round(720_000 * Math.exp(random.next() * 3.4));
      return {
        code: uniqueDraw(taken, () => random.text(ALPHANUMERIC, 8)),
        name: random.pick(MEDIA_TITLES),
        published,
        viewing: mediaViewing(
          { seed, stream: stream++, peakMs, published },
          firstDay,
          today,
          elapsedMs / 3_600_000,
        ),
      };
    });
    const customers = media.flatMap(({ code, name }, m) =>
      Array.from({ length: random.int(2, 4) }, (_, c): Customer => {
        // The first media's first password is shared by a class: many sessions, several pages.
        const shared = m === 0 && c === 0;
        return {
          hash: uniqueDraw(taken, () => random.text(ALPHANUMERIC, 12)),
          code,
          sessions: customerSessions(random, {
            place: name,
            today,
            elapsedMs,
            count: shared ? 240 : random.int(1, 12),
            days: shared ? 60 : 120,
            includeToday: c === 0,
          }),
        };
      }),
    );
    return {
      key: uniqueDraw(taken, () => random.text(HEX, 32)),
      name: uniqueDraw(taken, () => random.pick(PROJECT_NAMES)),
      media,
      viewing: ViewingSeries.sum(
        firstDay,
        today,
        media.map((item) => item.viewing),
      ),
      customers,
    };
  });

  const [demoProject, ...otherProjects] = projects;
  const [auditMedia] = demoProject?.media ?? [];
  if (!demoProject || !auditMedia) throw new Error('a world has projects with media');
  // Last of all the draws, so that adding them changed nothing drawn before.
  const sharerInput = {
    seed,
    today,
    media: auditMedia,
    unique: (draw: () => string) => uniqueDraw(taken, draw),
  };
  const audit = auditCustomers(sharerInput);
  // After the cases: their passwords and sessions are the same with the crowd.
  const crowd = auditCrowd(sharerInput);
  return {
    seed,
    today,
    firstDay,
    projects: [
      {
        ...demoProject,
        customers: [
          ...demoProject.customers,
          ...[...audit, ...crowd].map(({ customer: { code, hash }, sessions }) => ({
            code,
            hash,
            sessions,
          })),
        ],
      },
      ...otherProjects,
    ],
    viewing: ViewingSeries.sum(
      firstDay,
      today,
      projects.map((project) => project.viewing),
    ),
    demo: {
      apiKey: demoProject.key,
      codes: demoProject.media.map((media) => media.code),
      sessions: demoProject.customers
        .filter((customer) => customer.sessions.some((s) => s.createdAt.startsWith(today)))
        .map(({ code, hash }) => ({ code, hash })),
      audit: {
        start: addDays(today, -AUDIT_DAYS),
        end: addDays(today, -1),
        customers: audit.map(({ customer }) => customer),
        crowd: crowd.map(({ customer }) => customer),
      },
    },
  };
}
