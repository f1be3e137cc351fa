import {
  addDays,
  API_KEY_PARAM,
  apiMessages,
  assumptions,
  methods,
  type AssumptionId,
  type ItemKind,
  type MethodName,
  type SessionItem,
  type StatsItem,
} from '@boomstream/spec';

import { answerRequest, formatOf, methodOf, resolveRequest, worldAnswer } from './answer.js';
import type { AnswerFormat, ApiAnswer, ApiRequest } from './answer.js';
import { encodePageJson, failedJson, JSON_CONTENT_TYPE } from './json.js';
import type { MockCall } from './call.js';
import { pageOf, worldItems, type PageLike } from './kinds.js';
import { sessionPage, type ResolvedSessionParams } from './sessions.js';
import type { ResolvedStatsParams } from './stats.js';
import { encodePage, failedXml } from './xml.js';
import type { World } from '../world/index.js';

/**
 * A server that breaks one assumption of the spec on purpose, so that a test can
 * show `boomstream verify` names it. Each stage is optional: how it takes the call,
 * which items it finds, the page it makes of them (or a refusal), the XML it writes.
 */
interface QuirkBehaviour {
  /** How it reads the request before anything else: which parameters, which key, which format. */
  readonly request?: (request: ApiRequest) => ApiRequest;
  readonly call?: (call: MockCall, request: ApiRequest) => MockCall;
  readonly items?: (call: MockCall, items: readonly unknown[]) => readonly unknown[];
  readonly page?: (
    call: MockCall,
    page: PageLike,
    items: readonly unknown[],
  ) => PageLike | { readonly failed: string };
  readonly xml?: (method: MethodName | undefined, xml: string) => string;
}

/** The id of a quirk: the assumption it breaks. */
export type QuirkId = AssumptionId;

/** Whether `method` answers items of `kind`: quirks break a kind's assumptions, whatever the method. */
const answers = (method: MethodName | undefined, kind: ItemKind) =>
  method !== undefined && methods[method].items === kind;
const isStats = (method: MethodName) => answers(method, 'stats');

/** The Moscow day of an item, whatever its method. */
function dayOf(item: unknown): string {
  const { date, createdAt } = item as Partial<StatsItem & SessionItem>;
  return (date ?? createdAt ?? '').slice(0, 10);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Every bucket label of a range: its days, or each of their 24 hours. */
function bucketLabels(params: ResolvedStatsParams): string[] {
  const labels: string[] = [];
  for (let day = params.start; day <= params.end; day = addDays(day, 1)) {
    if (params.group === 'day') labels.push(day);
    else for (let hour = 0; hour < 24; hour++) labels.push(`${day}T${pad(hour)}:00`);
  }
  return labels;
}

/** An hour label moved to UTC: three hours earlier than Moscow's. */
function utcLabel(label: string): string {
  const hour = Number(label.slice(11, 13)) - 3;
  return hour >= 0
    ? `${label.slice(0, 11)}${pad(hour)}:00`
    : `${addDays(label.slice(0, 10), -1)}T${pad(hour + 24)}:00`;
}

/** `<name>text</name>` elements with `text` rewritten. */
function rewriteElements(xml: string, name: string, rewrite: (text: string) => string): string {
  return xml.replace(
    new RegExp(`<${name}>([^<]*)</${name}>`, 'g'),
    (_, text: string) => `<${name}>${rewrite(text)}</${name}>`,
  );
}

/**
 * The query as a lenient server reads it: the first value of each parameter the
 * method takes (and `apikey`, `format`), every other name dropped.
 */
function lenientQuery(request: ApiRequest): URLSearchParams {
  const method = methodOf(request);
  const known = new Set([
    API_KEY_PARAM,
    'format',
    ...Object.keys(method ? methods[method].params : {}),
  ]);
  const kept = new URLSearchParams();
  for (const [name, value] of request.query) {
    if (known.has(name) && !kept.has(name)) kept.set(name, value);
  }
  return kept;
}

/** The request without one query parameter. */
function without(request: ApiRequest, name: string): ApiRequest {
  const query = new URLSearchParams(request.query);
  query.delete(name);
  return { ...request, query };
}

/** Session pages of this size break `session-page-size` (100) from below: a reader stops too early. */
const SMALL_SESSION_PAGE = 50;

/** How each quirk breaks its assumption, keeping every answer inside the spec's wire schemas. */
const behaviours: Record<QuirkId, QuirkBehaviour> = {
  // The end day is left out.
  'ranges-inclusive': {
    items: ({ params }, items) => items.filter((item) => dayOf(item) !== params['end']),
  },
  // Every bucket of the range is sent, those without viewing with time 0.
  'empty-buckets-omitted': {
    items: ({ method, params }, items) => {
      if (!isStats(method)) return items;
      const byLabel = new Map((items as StatsItem[]).map((item) => [item.date, item]));
      return bucketLabels(params as ResolvedStatsParams).map(
        (date) => byLabel.get(date) ?? { date, timeMs: 0, hours: 0 },
      );
    },
  },
  // A page after the last is refused instead of answered empty.
  'stats-paging': {
    page: ({ method }, page) => {
      const { page: number = 1, pageCount = 0 } = page as { page?: number; pageCount?: number };
      return isStats(method) && number > Math.max(pageCount, 1)
        ? { failed: apiMessages.invalidParameter('page') }
        : page;
    },
  },
  // Hours carry seconds: `23.12.2019 14:00:00`, which decoders read but the assumption says otherwise.
  'hourly-date-format': {
    xml: (_method, xml) =>
      rewriteElements(xml, 'date', (text) => (text.length > 10 ? `${text}:00` : text)),
  },
  // Hours are labelled in UTC while days stay Moscow's.
  'moscow-time': {
    items: ({ method, params }, items) =>
      isStats(method) && params['group'] === 'hour'
        ? (items as StatsItem[]).map((item) => ({ ...item, date: utcLabel(item.date) }))
        : items,
  },
  // A media's statistics say `project`.
  'source-type': {
    page: (_call, page) =>
      'sourceType' in page && page.sourceType === 'media'
        ? { ...page, sourceType: 'project' }
        : page,
  },
  // Without `start`, the range is the thirty days before `end`, not seven.
  'server-defaults': {
    call: (call, request) =>
      isStats(call.method) && !request.query.has('start')
        ? { ...call, params: { ...call.params, start: addDays(String(call.params['end']), -30) } }
        : call,
  },
  // A decimal comma, as Russian-locale formatting writes it.
  'time-dim-decimals': {
    xml: (_method, xml) => rewriteElements(xml, 'time_dim', (text) => text.replace('.', ',')),
  },
  // Other words for the same refusals.
  'status-messages': {
    xml: (_method, xml) =>
      rewriteElements(xml, 'Message', (text) =>
        text === apiMessages.invalidApiKey
          ? 'Wrong API key'
          : text === apiMessages.mediaNotFound
            ? 'No such media'
            : text,
      ),
  },
  // Pages of 50 sessions: a reader expecting 100 stops after the first.
  'session-page-size': {
    page: (call, page, items) =>
      answers(call.method, 'sessions')
        ? sessionPage(
            items as SessionItem[],
            call.params as ResolvedSessionParams,
            SMALL_SESSION_PAGE,
          )
        : page,
  },
  // The output list's spelling instead of the example's.
  'session-spellings': {
    xml: (method, xml) =>
      answers(method, 'sessions')
        ? xml.replace(/<(\/?)ip>/g, '<$1IP>').replace(/<(\/?)Start>/g, '<$1CreatedAt>')
        : xml,
  },
  // Sessions wrapped in `<Items>`, as stats lists are.
  'session-layout': {
    xml: (method, xml) => {
      if (!answers(method, 'sessions')) return xml;
      const first = xml.indexOf('<Item>');
      const last = xml.lastIndexOf('</Item>\n');
      if (first < 0) return xml.replace('<Response>\n', '<Response>\n<Items/>\n');
      const end = last + '</Item>\n'.length;
      return `${xml.slice(0, first)}<Items>\n${xml.slice(first, end)}</Items>\n${xml.slice(end)}`;
    },
  },
  // A lenient server: the first of a repeated parameter wins, an unknown one is ignored.
  'strict-params': {
    request: (request) => ({ ...request, query: lenientQuery(request) }),
  },
  // `format=json` is not heard: the answer is XML.
  'json-format': { request: (request) => without(request, 'format') },
  // The header is not read: only `apikey` carries the key.
  'bearer-key': { request: (request) => ({ ...request, authorization: undefined }) },
};

/** Every quirk's id, in the order of the assumptions they break. */
export const QUIRK_IDS: readonly QuirkId[] = assumptions.map(({ id }) => id);

/** How a mock answers: plain, or with quirks. */
export interface Answerer {
  /** The answer to a request, from the key to the XML. */
  answer(world: World, request: ApiRequest): ApiAnswer;
  /** The world's answer to a call already accepted (the overrides' fallback). */
  worldAnswer(world: World, call: MockCall, request: ApiRequest): ApiAnswer;
}

/** The mock without quirks. */
const plain: Answerer = {
  answer: answerRequest,
  worldAnswer,
};

/**
 * How a mock with `quirks` answers: the plain path's stages (call, items, page, the
 * codec's XML), each quirk changing its stage. No quirks: the plain path.
 */
export function answererFor(quirks: readonly QuirkId[]): Answerer {
  if (quirks.length === 0) return plain;
  const active = quirks.map((id) => behaviours[id]);
  const read = (request: ApiRequest) =>
    active.reduce((out, quirk) => quirk.request?.(out) ?? out, request);
  // The XML stage rewrites XML text; a JSON answer is the codec's wire object as it is.
  const xml = (method: MethodName | undefined, text: string) =>
    active.reduce((out, quirk) => quirk.xml?.(method, out) ?? out, text);
  const failed = (method: MethodName, message: string, format: AnswerFormat): ApiAnswer =>
    format === 'json'
      ? { status: 200, method, body: failedJson(message), contentType: JSON_CONTENT_TYPE }
      : { status: 200, method, body: xml(method, failedXml(message)) };
  const quirkyWorldAnswer = (world: World, accepted: MockCall, asked: ApiRequest) => {
    const request = read(asked);
    // A quirk may change the format asked for (json-format drops it): the call follows the request as read.
    const format = formatOf(request.query) ?? accepted.format;
    const call = active.reduce((out, quirk) => quirk.call?.(out, request) ?? out, {
      ...accepted,
      format,
    });
    const outcome = worldItems(world, call);
    if ('failed' in outcome) return failed(call.method, outcome.failed, format);
    const items = active.reduce((out, quirk) => quirk.items?.(call, out) ?? out, outcome.items);
    let page: PageLike | { readonly failed: string } = pageOf(call, items);
    for (const quirk of active) {
      if ('failed' in page) break;
      page = quirk.page?.(call, page, items) ?? page;
    }
    if ('failed' in page) return failed(call.method, page.failed, format);
    return format === 'json'
      ? {
          status: 200,
          method: call.method,
          body: encodePageJson(call.method, page),
          contentType: JSON_CONTENT_TYPE,
        }
      : { status: 200, method: call.method, body: xml(call.method, encodePage(call.method, page)) };
  };
  return {
    answer: (world, asked) => {
      const request = read(asked);
      const resolution = resolveRequest(world, request);
      if ('call' in resolution) return quirkyWorldAnswer(world, resolution.call, request);
      const { answer } = resolution;
      return answer.contentType === undefined
        ? { ...answer, body: xml(answer.method, answer.body) }
        : answer;
    },
    worldAnswer: quirkyWorldAnswer,
  };
}

/** Reads quirk ids (`--quirk`, the `quirks` option); throws naming the unknown one and the known ones. */
export function parseQuirks(ids: readonly string[]): QuirkId[] {
  return ids.map((id) => {
    const known = QUIRK_IDS.find((quirk) => quirk === id);
    if (known === undefined) {
      throw new Error(`quirk "${id}" is not an assumption id; use one of: ${QUIRK_IDS.join(', ')}`);
    }
    return known;
  });
}
