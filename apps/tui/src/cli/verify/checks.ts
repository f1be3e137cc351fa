import {
  addDays,
  apiMessages,
  assumptions,
  daysBetween,
  hoursOf,
  methods,
  type AssumptionId,
  type SessionPage,
  type StatsPage,
} from '@boomstream/spec';

import { plural } from '../../format.js';
import {
  PROBES,
  REPEATED_PARAM,
  SESSION_DAYS,
  UNKNOWN_MEDIA,
  UNKNOWN_PARAM,
  sessionsOf,
  statsOf,
  type Probe,
  type ProbeId,
  type ProbeOutcome,
} from './probes.js';
import { hasElement, itemTexts, wireItems } from './wire-elements.js';

export type Verdict = 'holds' | 'broken' | 'untestable';

/** What a check found: the verdict, and the evidence or the reason in a sentence. */
export interface Finding {
  readonly verdict: Verdict;
  readonly detail: string;
}

/** The id of a line of the report: an assumption, or the wire schemas every answer must match. */
export type CheckId = AssumptionId | 'wire-schemas';

/** What checks read: each probe's outcome, and Moscow's today. */
export interface Evidence {
  outcome(id: Probe['id']): ProbeOutcome | undefined;
  /** Moscow's today when the run began: the probes' today. */
  readonly today: string;
  /** Every Moscow day the run spanned: the server's today may turn while it runs. */
  readonly todays: ReadonlySet<string>;
}

const holds = (detail: string): Finding => ({ verdict: 'holds', detail });
const broken = (detail: string): Finding => ({ verdict: 'broken', detail });
const untestable = (detail: string): Finding => ({ verdict: 'untestable', detail });

/** What a user gives so that a probe the inputs did not allow is sent. */
const GIVE: Readonly<Record<NonNullable<Probe['needs']>, string>> = {
  code: 'give --code <a media code of the project> to test it',
  'code and password':
    'give --code and the customer password (BOOMSTREAM_HASH or --hash-stdin) to test sessions',
};

/** Why a probe gave nothing to judge, in words. */
function whyNot(id: ProbeId, outcome: ProbeOutcome | undefined): string {
  switch (outcome?.kind) {
    case undefined: {
      const needs = PROBES.find((probe) => probe.id === id)?.needs;
      return needs === undefined ? `${id} was not sent` : `${id} was not sent: ${GIVE[needs]}`;
    }
    case 'skipped':
      return `${id} was not sent: ${outcome.reason}`;
    case 'failed':
      return `${id} answered Failed${outcome.message === undefined ? '' : `: ${outcome.message}`}`;
    case 'invalid':
      return `${id} did not decode (see wire-schemas)`;
    case 'error':
      return `${id} got no answer: ${outcome.message}`;
    case 'page':
      return `${id} answered a page of another kind`;
    case 'json':
      return `${id} answered JSON`;
  }
}

/** A refusal as a 4xx the client does not retry; a 408, a 429 or a 5xx says nothing of the API's words. */
const refusedByStatus = (outcome: ProbeOutcome | undefined) =>
  outcome?.kind === 'error' && /HTTP 4(?!08|29)\d\d/.test(outcome.message);

/** Numbers where the wire has texts, as texts: Boomstream's SDK sees JSON carry either. */
function numbersAsText(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(numbersAsText);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, numbersAsText(v)]));
  }
  return value;
}

/** Whether a JSON value holds a number anywhere. */
const hasNumber = (value: unknown): boolean =>
  typeof value === 'number' ||
  (typeof value === 'object' && value !== null && Object.values(value).some(hasNumber));

/** The start of a text, for evidence: a line, at most 80 characters. */
const excerpt = (text: string) => {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > 80 ? `${line.slice(0, 80)}…` : line;
};

/** A probe's page of stats, or the finding that it has none. */
function statsPage(evidence: Evidence, id: ProbeId): StatsPage | Finding {
  const outcome = evidence.outcome(id);
  return statsOf(outcome) ?? untestable(whyNot(id, outcome));
}

const isFinding = (value: object): value is Finding => 'verdict' in value;

/** The stats probes whose answers were pages, with their XML. */
function statsAnswers(evidence: Evidence, ids: readonly ProbeId[]) {
  return ids.flatMap((id) => {
    const outcome = evidence.outcome(id);
    const page = statsOf(outcome);
    return page && outcome?.kind === 'page' ? [{ id, page, xml: outcome.xml }] : [];
  });
}

const HOURLY_PROBES: readonly ProbeId[] = [
  'hours-across-midnight',
  'hours-long',
  'hours-long-last',
];
const STATS_PROBES: readonly ProbeId[] = [
  'defaults',
  'month-by-day',
  'one-day',
  ...HOURLY_PROBES,
  'all-projects',
  'media',
];

/** Buckets a range holds: its days, or 24 hours each. */
function bucketsOf(page: StatsPage): number {
  const days = daysBetween(page.period.start, page.period.end) + 1;
  return page.groupBy === 'hour' ? days * 24 : days;
}

const checks: Record<CheckId, (evidence: Evidence) => Finding> = {
  'wire-schemas': (evidence) => {
    const outcomes = PROBES.map(({ id }) => [id, evidence.outcome(id)] as const);
    const invalid = outcomes.find(([, outcome]) => outcome?.kind === 'invalid');
    if (invalid?.[1]?.kind === 'invalid') return broken(`${invalid[0]}: ${invalid[1].reason}`);
    const judged = outcomes.filter(([, o]) => o?.kind === 'page' || o?.kind === 'failed').length;
    return judged === 0
      ? untestable('no answer came back')
      : holds(`${plural(judged, 'answer')} matched the spec's wire schemas`);
  },

  'ranges-inclusive': (evidence) => {
    const one = statsPage(evidence, 'one-day');
    if (isFinding(one)) return one;
    const day = one.period.start;
    const found = one.items.some((item) => item.date === day);
    return found
      ? holds(`start=end=${day}, a day with viewing, answered its item: both ends are included`)
      : broken(
          `start=end=${day}, a day with viewing in the month's answer, answered ${plural(one.items.length, 'item')} and none for ${day}: an end (or start) is left out`,
        );
  },

  'empty-buckets-omitted': (evidence) => {
    const answers = statsAnswers(evidence, ['month-by-day', ...HOURLY_PROBES]);
    if (answers.length === 0)
      return untestable(whyNot('month-by-day', evidence.outcome('month-by-day')));
    const zero = answers.flatMap(({ id, page }) =>
      page.items.filter((item) => item.timeMs === 0).map((item) => `${id} ${item.date}`),
    );
    if (zero.length > 0) {
      return broken(`${plural(zero.length, 'item')} with time 0, e.g. ${zero[0] ?? ''}`);
    }
    const gaps = answers.filter(({ page }) => page.itemCount < bucketsOf(page));
    const [gap] = gaps;
    return gap
      ? holds(
          `${gap.id}: ${plural(gap.page.itemCount, 'item')} for ${bucketsOf(gap.page)} ${gap.page.groupBy}s, none with time 0`,
        )
      : untestable('every day and hour asked had viewing: an empty one was not seen');
  },

  'stats-paging': (evidence) => {
    const first = statsPage(evidence, 'hours-long');
    if (isFinding(first)) return first;
    const { itemCount, pageLimit, pageCount } = first;
    const expected = Math.ceil(itemCount / pageLimit);
    if (pageCount !== expected) {
      return broken(
        `ItemCount ${itemCount}, PageLimit ${pageLimit}: PageCount ${pageCount}, not ${expected}`,
      );
    }
    if (first.items.length !== Math.min(pageLimit, itemCount)) {
      return broken(`page 1 of ${pageCount} holds ${first.items.length} items of ${itemCount}`);
    }
    const lastOutcome = evidence.outcome('hours-long-last');
    const last = statsOf(lastOutcome);
    const rest = itemCount - (pageCount - 1) * pageLimit;
    if (lastOutcome?.kind !== 'skipped' && !last)
      return untestable(whyNot('hours-long-last', lastOutcome));
    if (last && last.items.length !== rest) {
      return broken(
        `the last page (${pageCount}) holds ${last.items.length} items, not the ${rest} left`,
      );
    }
    const pastOutcome = evidence.outcome('hours-past-last');
    const past = statsOf(pastOutcome);
    const pastPage = Math.max(pageCount, 1) + 1;
    if (pastOutcome?.kind === 'failed') {
      return broken(
        `page ${pastPage}, after the last, answered Failed${pastOutcome.message === undefined ? '' : `: ${pastOutcome.message}`}`,
      );
    }
    if (!past) return untestable(whyNot('hours-past-last', pastOutcome));
    if (past.items.length > 0) {
      return broken(`page ${pastPage}, after the last, holds ${plural(past.items.length, 'item')}`);
    }
    return holds(
      `${plural(itemCount, 'item')} in ${plural(pageCount, 'page')} of ${pageLimit}${last ? `, the last with ${rest}` : ''}; page ${pastPage} is empty`,
    );
  },

  'hourly-date-format': (evidence) => {
    const dates = statsAnswers(evidence, HOURLY_PROBES).flatMap(({ xml }) =>
      itemTexts(xml, 'date'),
    );
    if (dates.length === 0) return untestable('no hourly item came back');
    const odd = dates.find((date) => !/^\d{2}\.\d{2}\.\d{4} \d{2}:00$/.test(date.trim()));
    return odd === undefined
      ? holds(`${plural(dates.length, 'hourly date')} as DD.MM.YYYY HH:00, e.g. ${dates[0] ?? ''}`)
      : broken(`an hourly <date> reads "${odd}", not DD.MM.YYYY HH:00`);
  },

  'moscow-time': (evidence) => {
    const hours = statsPage(evidence, 'hours-across-midnight');
    if (isFinding(hours)) return hours;
    if (hours.items.length === 0) return untestable('the hours across midnight came back empty');
    const { start, end } = hours.period;
    const outside = hours.items.find(
      (item) => item.date.slice(0, 10) < start || item.date.slice(0, 10) > end,
    );
    if (outside) {
      return broken(
        `asked for ${start} to ${end} by hour, got an hour labelled ${outside.date}: hours and days are in different zones`,
      );
    }
    const month = statsOf(evidence.outcome('month-by-day'));
    const compared: string[] = [];
    for (let day = start; day <= end; day = addDays(day, 1)) {
      // Today's numbers grow between two requests: only settled days are compared.
      if (day >= evidence.today) continue;
      const daily = month?.items.find((item) => item.date === day)?.timeMs;
      const hourly = hours.items
        .filter((item) => item.date.startsWith(day))
        .reduce((sum, item) => sum + item.timeMs, 0);
      if (daily === undefined || hourly === 0) continue;
      if (daily !== hourly) {
        return broken(
          `the hours of ${day} add up to ${hourly} ms, its day says ${daily} ms: hours and days are cut at different midnights`,
        );
      }
      compared.push(day);
    }
    return compared.length === 0
      ? untestable('no settled day had both hourly and daily viewing to compare')
      : holds(
          `the hours of ${compared.join(' and ')} fall inside them and add up to their daily totals (answers show that days and hours agree, not which zone they share)`,
        );
  },

  'source-type': (evidence) => {
    const expected: readonly [ProbeId, StatsPage['sourceType']][] = [
      ['defaults', 'project'],
      ['all-projects', 'project'],
      ['media', 'media'],
    ];
    const seen = expected.flatMap(([id, want]) => {
      const page = statsOf(evidence.outcome(id));
      return page ? [{ id, want, got: page.sourceType }] : [];
    });
    const wrong = seen.find(({ want, got }) => want !== got);
    if (wrong) return broken(`${wrong.id} says SourceType ${wrong.got}, not ${wrong.want}`);
    if (seen.length === 0) return untestable(whyNot('defaults', evidence.outcome('defaults')));
    const media = seen.some(({ id }) => id === 'media') ? '' : '; media not tested: give --code';
    return holds(`${seen.map(({ id, got }) => `${id} says ${got}`).join(', ')}${media}`);
  },

  'server-defaults': (evidence) => {
    const page = statsPage(evidence, 'defaults');
    if (isFinding(page)) return page;
    const problems: string[] = [];
    if (!evidence.todays.has(page.period.end))
      problems.push(`End ${page.period.end}, not today ${evidence.today} (Moscow)`);
    if (page.period.start !== addDays(page.period.end, -7)) {
      problems.push(`Start ${page.period.start}, not seven days before End`);
    }
    if (page.groupBy !== 'day') problems.push(`GroupBy ${page.groupBy}, not day`);
    if (page.page !== 1) problems.push(`Page ${page.page}, not 1`);
    const dates = page.items.map((item) => item.date);
    if (dates.some((date, i) => i > 0 && date < (dates[i - 1] ?? '')))
      problems.push('items not in ascending order');
    return problems.length > 0
      ? broken(`with no parameters: ${problems.join('; ')}`)
      : holds(
          `no parameters gave ${page.period.start} to ${page.period.end} by day, page 1, ascending (the sessions' defaults are not tested)`,
        );
  },

  'time-dim-decimals': (evidence) => {
    const pairs = statsAnswers(evidence, STATS_PROBES).flatMap(({ xml }) =>
      wireItems(xml).map((item) => ({
        time: item.find(([name]) => name === 'time')?.[1],
        dim: item.find(([name]) => name === 'time_dim')?.[1],
      })),
    );
    const sent = pairs.filter((pair) => pair.dim !== undefined);
    if (sent.length === 0) return untestable('no item with time_dim came back');
    const odd = sent.find(({ time, dim }) => {
      const match = /^(\d+\.\d{2}) hours$/.exec(dim?.trim() ?? '');
      return !match || Number(match[1]) !== hoursOf(Number(time));
    });
    return odd === undefined
      ? holds(
          `${plural(sent.length, 'time_dim')} as "0.00 hours", each time rounded to two decimals`,
        )
      : broken(
          `<time_dim>${odd.dim ?? ''}</time_dim> for <time>${odd.time ?? ''}</time>, expected "${hoursOf(Number(odd.time)).toFixed(2)} hours"`,
        );
  },

  'status-messages': (evidence) => {
    // Any refusal under an HTTP error status breaks it, whichever request got it.
    for (const { id } of PROBES) {
      const outcome = evidence.outcome(id);
      if (outcome?.kind === 'failed' && outcome.status !== 200) {
        return broken(
          `${id} answered HTTP ${outcome.status} with Failed "${outcome.message ?? ''}": a refusal should be HTTP 200`,
        );
      }
    }
    const cases: readonly [ProbeId, string, string][] = [
      ['wrong-key', 'a made-up API key', apiMessages.invalidApiKey],
      ['unknown-media', `the media code ${UNKNOWN_MEDIA}`, apiMessages.mediaNotFound],
    ];
    const seen: string[] = [];
    for (const [id, what, message] of cases) {
      const outcome = evidence.outcome(id);
      if (outcome?.kind === 'page')
        return broken(`${what} answered Success, not Failed "${message}"`);
      if (outcome?.kind === 'error' && refusedByStatus(outcome)) {
        return broken(`${what} answered ${outcome.message}, not HTTP 200 with Failed "${message}"`);
      }
      if (outcome?.kind !== 'failed') return untestable(whyNot(id, outcome));
      if (outcome.message !== message || outcome.status !== 200) {
        return broken(
          `${what} answered HTTP ${outcome.status}, Failed "${outcome.message ?? ''}", not "${message}"`,
        );
      }
      seen.push(`"${message}"`);
    }
    return holds(
      `HTTP 200, Failed ${seen.join(' and ')} (Invalid date and Invalid parameter are not tested: the client never sends such requests)`,
    );
  },

  'session-page-size': (evidence) => {
    const first = sessionsPageOf(evidence, 'sessions');
    if (isFinding(first)) return first;
    const { page, xml } = first;
    const size = methods.session.paging.pageSize;
    const stated = ['PageCount', 'PageLimit'].filter((name) => hasElement(xml, name));
    if (stated.length > 0) return broken(`the answer states ${stated.join(' and ')}`);
    if (page.items.length > size)
      return broken(`page 1 holds ${page.items.length} sessions, more than ${size}`);
    if (page.items.length === 0)
      return untestable(`the password has no sessions in the last ${SESSION_DAYS} days`);
    const second = sessionsPageOf(evidence, 'sessions-page-2');
    if (isFinding(second)) return second;
    const repeats = JSON.stringify(second.page.items) === JSON.stringify(page.items);
    if (repeats) return broken('page 2 repeats page 1: the server ignores page');
    if (page.items.length === size) {
      return holds(
        `page 1 holds ${size} sessions, page 2 ${plural(second.page.items.length, 'other')}`,
      );
    }
    return second.page.items.length > 0
      ? broken(
          `page 1 holds ${page.items.length} sessions and page 2 ${second.page.items.length} more: pages are smaller than ${size}`,
        )
      : untestable(
          `only ${plural(page.items.length, 'session')} in the last ${SESSION_DAYS} days: a full page was not seen`,
        );
  },

  'session-spellings': (evidence) => {
    const first = sessionsPageOf(evidence, 'sessions');
    if (isFinding(first)) return first;
    const names = new Set(wireItems(first.xml).flatMap((item) => item.map(([name]) => name)));
    if (names.size === 0) return untestable('the password has no sessions to read');
    const other = [...names].filter(
      (name) =>
        ['ip', 'start', 'createdat'].includes(name.toLowerCase()) &&
        name !== 'ip' &&
        name !== 'Start',
    );
    return other.length > 0
      ? broken(`session items spell ${other.map((name) => `<${name}>`).join(' and ')}`)
      : holds('session items spell <ip> and <Start>');
  },

  'session-layout': (evidence) => {
    const first = sessionsPageOf(evidence, 'sessions');
    if (isFinding(first)) return first;
    if (first.page.items.length === 0) return untestable('the password has no sessions to read');
    return hasElement(first.xml, 'Items')
      ? broken('session items come wrapped in <Items>')
      : holds('session items sit straight under <Response>');
  },

  'strict-params': strictParams,
  'json-format': jsonFormat,
  'bearer-key': bearerKey,
};

/** `strict-params`: the refusal each of two requests should get, and what a lenient answer shows. */
function strictParams(evidence: Evidence): Finding {
  const { name, first, second } = REPEATED_PARAM;
  const cases: readonly [ProbeId, string, string][] = [
    ['unknown-param', `the unknown parameter ${UNKNOWN_PARAM}=1`, UNKNOWN_PARAM],
    ['repeated-param', `${name}=${first}&${name}=${second}`, name],
  ];
  const seen: string[] = [];
  for (const [id, what, param] of cases) {
    const outcome = evidence.outcome(id);
    const expected = apiMessages.invalidParameter(param);
    if (outcome?.kind === 'page') {
      const page = statsOf(outcome);
      const won =
        id === 'repeated-param' && page
          ? `, grouped by ${page.groupBy}: the ${page.groupBy === first ? 'first' : 'last'} value won`
          : ': it was ignored';
      return broken(`${what} answered Success${won}, not Failed "${expected}"`);
    }
    if (refusedByStatus(outcome) && outcome?.kind === 'error') {
      return broken(`${what} answered ${outcome.message}, not HTTP 200 with Failed "${expected}"`);
    }
    if (outcome?.kind !== 'failed') return untestable(whyNot(id, outcome));
    if (outcome.message !== expected || outcome.status !== 200) {
      return broken(
        `${what} answered HTTP ${outcome.status}, Failed "${outcome.message ?? ''}", not "${expected}"`,
      );
    }
    seen.push(`${what}: "${expected}"`);
  }
  return holds(`refused, HTTP 200: ${seen.join('; ')}`);
}

/** `json-format`: the `format=json` answer, read as the assumption says, against the month's XML. */
function jsonFormat(evidence: Evidence): Finding {
  const outcome = evidence.outcome('json');
  if (outcome?.kind !== 'json') return untestable(whyNot('json', outcome));
  const { text, status, contentType } = outcome;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return broken(
      `format=json answered HTTP ${status}, ${contentType ?? 'no content-type'}, not JSON: ${excerpt(text)}`,
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return broken(`format=json answered ${excerpt(text)}, not one JSON object`);
  }
  const fields = Object.keys(parsed);
  if (fields.length === 1 && fields[0] === 'Response') {
    return broken('format=json answered its fields wrapped in "Response", not at the top level');
  }
  const body = numbersAsText(parsed) as Record<string, unknown>;
  if (body['Status'] === 'Failed') {
    const message = typeof body['Message'] === 'string' ? body['Message'] : '';
    return broken(`format=json answered Failed "${message}"`);
  }
  const decoded = methods.project.response.safeParse({ requestedPage: 1, body });
  if (!decoded.success) {
    const [issue] = decoded.error.issues;
    const where = issue?.path.filter((key) => key !== 'body').join('.') ?? '';
    return broken(
      `format=json answered JSON the stats wire schema refuses: ${where || 'answer'}: ${issue?.message ?? ''}`,
    );
  }
  const month = statsOf(evidence.outcome('month-by-day'));
  if (!month) return untestable(whyNot('month-by-day', evidence.outcome('month-by-day')));
  // Today's numbers grow between two requests: settled days only.
  const settledItems = (items: StatsPage['items']) =>
    JSON.stringify(items.filter((item) => item.date < evidence.today));
  if (settledItems(decoded.data.items) !== settledItems(month.items)) {
    return broken(
      `format=json answered ${plural(decoded.data.items.length, 'item')} that differ from the same request's XML (${month.items.length})`,
    );
  }
  const numbers = hasNumber(parsed) ? ', numbers as JSON numbers (read as texts)' : '';
  return holds(
    `format=json answered one JSON object, fields at the top${numbers}, the same ${plural(decoded.data.items.length, 'item')} as the XML`,
  );
}

/** `bearer-key`: the key as `Authorization: Bearer`, none in the query. */
function bearerKey(evidence: Evidence): Finding {
  const outcome = evidence.outcome('bearer');
  const what = 'Authorization: Bearer with no apikey in the query';
  if (outcome?.kind === 'failed') {
    return broken(`${what} answered Failed "${outcome.message ?? ''}": the header is not read`);
  }
  if (outcome?.kind === 'error' && refusedByStatus(outcome)) {
    return broken(`${what} answered ${outcome.message}`);
  }
  const page = statsOf(outcome);
  if (!page) return untestable(whyNot('bearer', outcome));
  return holds(`${what} answered Success: ${plural(page.items.length, 'item')}`);
}

/** A probe's page of sessions with its XML, or the finding that it has none. */
function sessionsPageOf(
  evidence: Evidence,
  id: ProbeId,
): { page: SessionPage; xml: string } | Finding {
  const outcome = evidence.outcome(id);
  const page = sessionsOf(outcome);
  if (!page || outcome?.kind !== 'page') {
    return untestable(whyNot(id, outcome));
  }
  return { page, xml: outcome.xml };
}

/** The report's lines in order: the wire schemas, then each assumption as the catalogue lists it. */
export const CHECK_IDS: readonly CheckId[] = ['wire-schemas', ...assumptions.map(({ id }) => id)];

/** Every check, judged from the run's evidence. */
export function judge(evidence: Evidence): readonly (Finding & { readonly id: CheckId })[] {
  return CHECK_IDS.map((id) => ({ id, ...checks[id](evidence) }));
}
