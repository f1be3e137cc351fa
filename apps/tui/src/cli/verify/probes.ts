import { addDays, type MethodName, type SessionPage, type StatsPage } from '@boomstream/spec';

/** A request a probe sends: the method, its parameters, and whose key. */
export interface ProbeRequest {
  readonly method: MethodName;
  readonly params: Readonly<Record<string, string | number>>;
  /**
   * `wrong`: a made-up key, to see how the API refuses it; `header`: the user's key as
   * `Authorization: Bearer`, none in the query. Defaults to the user's key as `apikey`.
   */
  readonly auth?: 'wrong' | 'header';
  /**
   * Query text sent after the parameters as it is, which the client would refuse to
   * send (a repeated or unknown parameter, `format=json`): the request then goes out
   * once, without the client, through the same meter.
   */
  readonly raw?: string;
}

/** What one probe came to. `xml` and `status` are the last answer's, when one came. */
export type ProbeOutcome =
  | {
      readonly kind: 'page';
      readonly request: ProbeRequest;
      readonly page: StatsPage | SessionPage;
      readonly xml: string;
      readonly status: number;
    }
  | {
      readonly kind: 'failed';
      readonly request: ProbeRequest;
      readonly message: string | undefined;
      readonly xml: string;
      readonly status: number;
    }
  /** The answer to a request with `format=json`, as text: checks read it. */
  | {
      readonly kind: 'json';
      readonly request: ProbeRequest;
      readonly text: string;
      readonly status: number;
      readonly contentType: string | undefined;
    }
  /** The answer is not the method's XML: the spec's wire schemas refuse it. */
  | { readonly kind: 'invalid'; readonly request: ProbeRequest; readonly reason: string }
  /** No answer to judge: HTTP error, network, timeout, the request budget. */
  | { readonly kind: 'error'; readonly request: ProbeRequest; readonly message: string }
  | { readonly kind: 'skipped'; readonly reason: string };

/** What probes know when they choose their request: the inputs and the earlier outcomes. */
export interface ProbeContext {
  /** Moscow's today when the run began. */
  readonly today: string;
  readonly code: string | undefined;
  readonly hash: string | undefined;
  outcome(id: ProbeId): ProbeOutcome | undefined;
}

export type ProbeId =
  | 'defaults'
  | 'month-by-day'
  | 'one-day'
  | 'hours-across-midnight'
  | 'hours-long'
  | 'hours-long-last'
  | 'hours-past-last'
  | 'all-projects'
  | 'media'
  | 'wrong-key'
  | 'unknown-media'
  | 'sessions'
  | 'sessions-page-2'
  | 'unknown-param'
  | 'repeated-param'
  | 'json'
  | 'bearer';

export interface Probe {
  /** One of `verify`'s, or `request-<n>` for a request a user listed to `record`. */
  readonly id: ProbeId | `request-${number}`;
  /** Whether the inputs allow it at all (a media code, a password): it counts in the announcement. */
  readonly needs?: 'code' | 'code and password';
  /** It asks for a refusal: a `Failed` answer is its evidence, not an incomplete run. */
  readonly refusal?: true;
  /** The request, chosen from earlier answers; a string says why it is not sent. */
  request(context: ProbeContext): ProbeRequest | string;
}

/** Days the month-long probes cover, today included. */
export const MONTH_DAYS = 30;
/** Days of the long hourly range: 60 × 24 hours, more than one page of 1000 when viewing is steady. */
export const LONG_HOURLY_DAYS = 60;
/** Days the sessions probe covers: a year, so that a password used now and then fills a page. */
export const SESSION_DAYS = 365;
/** The reference's own placeholder media code: a media no project has. */
export const UNKNOWN_MEDIA = 'XXXXXXXX';
/** A parameter no method takes, named so that a server's log says who sent it. */
export const UNKNOWN_PARAM = 'boomstream_verify';
/** A parameter given twice, with two values, so that a lenient answer shows which one won. */
export const REPEATED_PARAM = { name: 'group', first: 'day', second: 'hour' } as const;

/** The page of a probe that came back as a page of stats, if it did. */
export function statsOf(outcome: ProbeOutcome | undefined): StatsPage | undefined {
  return outcome?.kind === 'page' && 'period' in outcome.page ? outcome.page : undefined;
}

/** The page of a probe that came back as a page of sessions, if it did. */
export function sessionsOf(outcome: ProbeOutcome | undefined): SessionPage | undefined {
  return outcome?.kind === 'page' && !('period' in outcome.page) ? outcome.page : undefined;
}

/** The days with viewing in the month's daily answer, oldest first; `undefined` without one. */
function viewedDays(context: ProbeContext): string[] | undefined {
  const month = statsOf(context.outcome('month-by-day'));
  return month?.items
    .filter((item) => item.timeMs > 0)
    .map((item) => item.date)
    .sort();
}

/** Before today when it can be: today's numbers still grow between two requests. */
function settled(days: readonly string[], today: string): string | undefined {
  return days.filter((day) => day < today).at(-1) ?? days.at(-1);
}

const byDay = (start: string, end: string) => ({ start, end, group: 'day', order: 'asc' });
const byHour = (start: string, end: string) => ({ start, end, group: 'hour', order: 'asc' });
const NO_MONTH = `the last ${MONTH_DAYS} days had no viewing`;
const NO_MONTH_PAGE = 'month-by-day gave no page to choose its days from';

/** The long hourly range, page by page. */
function longHours(context: ProbeContext, page: number) {
  return {
    method: 'project' as const,
    params: { ...byHour(addDays(context.today, 1 - LONG_HOURLY_DAYS), context.today), page },
  };
}

/**
 * The requests `verify` sends, in order: few, read-only, each chosen to test
 * assumptions (see checks.ts). Later ones pick their days from earlier answers.
 */
export const PROBES: readonly Probe[] = [
  // No parameters: the server's defaults show in the range it states.
  { id: 'defaults', request: () => ({ method: 'project', params: {} }) },
  {
    id: 'month-by-day',
    request: ({ today }) => ({
      method: 'project',
      params: byDay(addDays(today, 1 - MONTH_DAYS), today),
    }),
  },
  {
    id: 'one-day',
    request: (context) => {
      const days = viewedDays(context);
      if (days === undefined) return NO_MONTH_PAGE;
      const day = settled(days, context.today);
      return day === undefined ? NO_MONTH : { method: 'project', params: byDay(day, day) };
    },
  },
  {
    id: 'hours-across-midnight',
    request: (context) => {
      const days = viewedDays(context);
      if (days === undefined) return NO_MONTH_PAGE;
      const pairs = days.filter((day) => days.includes(addDays(day, 1)));
      const first = settled(pairs, addDays(context.today, -1)) ?? settled(days, context.today);
      if (first === undefined) return NO_MONTH;
      const second = first < context.today ? addDays(first, 1) : first;
      return { method: 'project', params: byHour(first, second) };
    },
  },
  { id: 'hours-long', request: (context) => longHours(context, 1) },
  {
    id: 'hours-long-last',
    request: (context) => {
      const first = statsOf(context.outcome('hours-long'));
      if (!first) return 'the long hourly range gave no page';
      if (first.pageCount <= 1) return 'the long hourly range fits one page';
      return longHours(context, first.pageCount);
    },
  },
  {
    id: 'hours-past-last',
    request: (context) => {
      const first = statsOf(context.outcome('hours-long'));
      if (!first) return 'the long hourly range gave no page';
      return longHours(context, Math.max(first.pageCount, 1) + 1);
    },
  },
  {
    id: 'all-projects',
    request: ({ today }) => ({
      method: 'project',
      params: { project: 'all', ...byDay(addDays(today, -6), today) },
    }),
  },
  {
    id: 'media',
    needs: 'code',
    request: ({ today, code }) =>
      code === undefined
        ? 'no media code given (--code)'
        : { method: 'target', params: { code, ...byDay(addDays(today, 1 - MONTH_DAYS), today) } },
  },
  {
    id: 'wrong-key',
    refusal: true,
    request: ({ today }) => ({
      method: 'project',
      params: byDay(addDays(today, -6), today),
      auth: 'wrong',
    }),
  },
  {
    id: 'unknown-media',
    refusal: true,
    request: ({ today }) => ({
      method: 'target',
      params: { code: UNKNOWN_MEDIA, ...byDay(addDays(today, -6), today) },
    }),
  },
  {
    id: 'sessions',
    needs: 'code and password',
    request: ({ today, code, hash }) =>
      code === undefined || hash === undefined
        ? 'no media code and customer password given'
        : {
            method: 'session',
            params: {
              code,
              hash,
              start: addDays(today, 1 - SESSION_DAYS),
              end: today,
              order: 'asc',
            },
          },
  },
  {
    id: 'sessions-page-2',
    needs: 'code and password',
    request: (context) => {
      const first = context.outcome('sessions');
      const page = sessionsOf(first);
      if (!page || first?.kind !== 'page') return 'the sessions gave no page';
      if (page.items.length === 0) return 'the password has no sessions in the last year';
      return { ...first.request, params: { ...first.request.params, page: 2 } };
    },
  },
  // The last week, settled days only: the answers below are compared with other requests'.
  {
    id: 'unknown-param',
    refusal: true,
    request: ({ today }) => ({
      method: 'project',
      params: byDay(addDays(today, -7), addDays(today, -1)),
      raw: `${UNKNOWN_PARAM}=1`,
    }),
  },
  {
    id: 'repeated-param',
    refusal: true,
    request: ({ today }) => {
      const { start, end, order } = byDay(addDays(today, -7), addDays(today, -1));
      const { name, first, second } = REPEATED_PARAM;
      return {
        method: 'project',
        params: { start, end, order },
        raw: `${name}=${first}&${name}=${second}`,
      };
    },
  },
  {
    id: 'json',
    request: ({ today }) => ({
      method: 'project',
      params: byDay(addDays(today, 1 - MONTH_DAYS), today),
      raw: 'format=json',
    }),
  },
  {
    id: 'bearer',
    request: ({ today }) => ({
      method: 'project',
      params: byDay(addDays(today, -7), addDays(today, -1)),
      auth: 'header',
    }),
  },
];

/** The probes the inputs allow: what a run announces. */
export function plannedProbes(inputs: {
  readonly code: string | undefined;
  readonly hash: string | undefined;
}): readonly Probe[] {
  return PROBES.filter(
    ({ needs }) =>
      needs === undefined ||
      (needs === 'code'
        ? inputs.code !== undefined
        : inputs.code !== undefined && inputs.hash !== undefined),
  );
}
