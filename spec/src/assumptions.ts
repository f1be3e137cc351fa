/**
 * What the toolkit decided where Boomstream's reference is silent, each under a
 * stable id. `boomstream verify` checks them against the real API, the mock's
 * quirks break them on purpose, and docs/api.md names them: all by these ids.
 * Each decision is also written next to the field it affects in the spec's source.
 */
export interface Assumption {
  /** Stable: scripts read it from `boomstream verify --json`, the mock takes it as `--quirk`. */
  readonly id: string;
  /** The decision in one sentence. */
  readonly statement: string;
  /** Where the spec encodes it. */
  readonly where: string;
}

export const assumptions = [
  {
    id: 'ranges-inclusive',
    statement: 'A range includes both its start day and its end day.',
    where: 'mocks answer/stats.ts, answer/sessions.ts',
  },
  {
    id: 'empty-buckets-omitted',
    statement: 'A day or hour without viewing has no item; ItemCount counts the items that exist.',
    where: 'responses/stats.ts',
  },
  {
    id: 'stats-paging',
    statement:
      'PageCount is ceil(ItemCount / PageLimit), the last page holds the rest, and a page after the last is Success with no items.',
    where: 'paging.ts, methods/stats-shared.ts',
  },
  {
    id: 'hourly-date-format',
    statement: 'With group=hour an item is dated DD.MM.YYYY HH:00.',
    where: 'codecs/dates.ts',
  },
  {
    id: 'moscow-time',
    statement:
      'Days and hours are Moscow time: the hours of a day fall inside it and add up to its daily total.',
    where: 'calendar.ts, codecs/dates.ts',
  },
  {
    id: 'source-type',
    statement: 'SourceType is project for project (project=all too) and media for target.',
    where: 'responses/stats.ts',
  },
  {
    id: 'server-defaults',
    statement:
      'Without parameters, stats cover the seven days before today through today (Moscow), by day, ascending, page 1.',
    where: 'methods/stats-shared.ts, methods/session.ts, server-defaults.ts',
  },
  {
    id: 'time-dim-decimals',
    statement: 'time_dim is time in hours with two decimals and a decimal point: "0.27 hours".',
    where: 'codecs/time-dim.ts',
  },
  {
    id: 'status-messages',
    statement:
      'A refused request is HTTP 200, Status Failed, with the message "Invalid API key" or "Media not found".',
    where: 'responses/status.ts',
  },
  {
    id: 'session-page-size',
    statement: 'Session pages hold at most 100 items and state no page count.',
    where: 'methods/session.ts',
  },
  {
    id: 'session-spellings',
    statement: "Session items spell <ip> and <Start>, as the reference's example does.",
    where: 'responses/session.ts',
  },
  {
    id: 'session-layout',
    statement:
      'Session items sit straight under <Response>, not wrapped in <Items>, as in the example.',
    where: 'responses/session.ts',
  },
  {
    id: 'strict-params',
    statement:
      'A repeated or unknown parameter is refused: HTTP 200, Status Failed, "Invalid parameter: <name>".',
    where: 'responses/status.ts, validate.ts',
  },
  {
    id: 'json-format',
    statement:
      "format=json answers the same body as one JSON object: the XML's elements as its fields (no Response wrapper), texts as strings, Item lists as arrays.",
    where: 'responses/ (the wire objects the codecs encode)',
  },
  {
    id: 'bearer-key',
    statement:
      'The API key is also taken from the header Authorization: Bearer <key>, with no apikey in the query.',
    where: 'params.ts, secrets.ts',
  },
] as const satisfies readonly Assumption[];

export type AssumptionId = (typeof assumptions)[number]['id'];

/** Whether `text` is the id of an assumption. */
export function isAssumptionId(text: string): text is AssumptionId {
  return assumptions.some(({ id }) => id === text);
}
