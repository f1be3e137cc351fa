import {
  apiMessages,
  methods,
  type MethodName,
  type MethodSpec,
  type ParamIssue,
  type SessionItem,
  type StatsItem,
} from '@boomstream/spec';

import type { World } from '../world/index.js';
import { apiKeyOf } from './api-key.js';
import type { MockCall } from './call.js';
import { paramsFromQuery, pickMethod } from './params.js';
import { resolveParams } from './resolve.js';
import { sessionPage, worldSessions, type ResolvedSessionParams } from './sessions.js';
import { statsPage, viewingItems, type ResolvedStatsParams } from './stats.js';
import { encodePage, joinPage, type PageLike } from './page-xml.js';
import { failedXml } from './xml.js';

/** A request as the API sees it: the path under the API prefix, the query, and the `Authorization` header. */
export interface ApiRequest {
  readonly path: string;
  readonly query: URLSearchParams;
  readonly authorization?: string | undefined;
}

/** An answer: HTTP 200 for every API answer, `Failed` ones included, as Boomstream does; 404 for an unknown path. */
export interface ApiAnswer {
  readonly status: number;
  readonly body: string;
  /** The method that answered, when the path named one. */
  readonly method?: MethodName;
}

/** The items of an answer, oldest first, or why there are none. */
export type ItemsOutcome = { readonly failed: string } | { readonly items: readonly unknown[] };

/**
 * What the world holds for each method once the key and the parameters are
 * checked. Keyed by every method of the spec, so a new method cannot be served by accident.
 */
export const worldItems: Record<MethodName, (world: World, call: MockCall) => ItemsOutcome> = {
  project: (world, { project, params }) => {
    const source = params['project'];
    const series =
      source === undefined
        ? project.viewing
        : source === 'all'
          ? world.viewing
          : world.projects.find((candidate) => candidate.key === source)?.viewing;
    if (!series) return { failed: apiMessages.invalidParameter('project') };
    return { items: viewingItems(series, params as ResolvedStatsParams) };
  },
  target: (_world, { project, params }) => {
    const media = project.media.find(({ code }) => code === params['code']);
    if (!media) return { failed: apiMessages.mediaNotFound };
    return { items: viewingItems(media.viewing, params as ResolvedStatsParams) };
  },
  session: (_world, { project, params }) => {
    if (!project.media.some(({ code }) => code === params['code'])) {
      return { failed: apiMessages.mediaNotFound };
    }
    return { items: worldSessions(project, params as ResolvedSessionParams) };
  },
};

/** The page of a call's items (oldest first): ordered and cut at the method's page size. */
export const pageOf: Record<MethodName, (call: MockCall, items: readonly unknown[]) => PageLike> = {
  project: ({ params }, items) =>
    statsPage(
      items as StatsItem[],
      params as ResolvedStatsParams,
      'project',
      methods.project.paging.pageSize,
    ),
  target: ({ params }, items) =>
    statsPage(
      items as StatsItem[],
      params as ResolvedStatsParams,
      'media',
      methods.target.paging.pageSize,
    ),
  session: ({ params }, items) =>
    sessionPage(
      items as SessionItem[],
      params as ResolvedSessionParams,
      methods.session.paging.pageSize,
    ),
};

const methodsByPath = new Map<string, MethodSpec[]>();
for (const method of Object.values(methods) as MethodSpec[]) {
  methodsByPath.set(method.path, [...(methodsByPath.get(method.path) ?? []), method]);
}

/** The method a request's path and query name, if any. */
export function methodOf(request: Pick<ApiRequest, 'path' | 'query'>): MethodName | undefined {
  const candidates = methodsByPath.get(request.path);
  return candidates && (pickMethod(candidates, request.query)?.name as MethodName | undefined);
}

/** The `Failed` message for the first problem with the parameters, named as the server names it. */
function failureOf(method: MethodSpec, issues: readonly ParamIssue[]): string {
  const param = issues[0]?.param ?? '';
  return method.params[param]?.param.kind === 'date'
    ? apiMessages.invalidDate(param)
    : apiMessages.invalidParameter(param);
}

/** The answer `Failed` with `message`. */
function failedAnswer(method: MethodName, message: string): ApiAnswer {
  return { status: 200, method, body: failedXml(message) };
}

/**
 * The answer carrying one page of a call's items (oldest first): order, paging,
 * counts, XML. `encode` defaults to the codec's checked path; the world's items,
 * valid by construction, take `joinPage`.
 */
export function itemsAnswer(
  call: MockCall,
  items: readonly unknown[],
  encode: (method: MethodName, page: PageLike) => string = (method, page) =>
    encodePage[method](page),
): ApiAnswer {
  return {
    status: 200,
    method: call.method,
    body: encode(call.method, pageOf[call.method](call, items)),
  };
}

/** The answer carrying a page as it is, through the codec's checked path. */
export function pageAnswer(method: MethodName, page: object): ApiAnswer {
  return { status: 200, method, body: encodePage[method](page) };
}

/** What the world answers to an accepted request. */
export function worldAnswer(world: World, call: MockCall): ApiAnswer {
  const outcome = worldItems[call.method](world, call);
  return 'failed' in outcome
    ? failedAnswer(call.method, outcome.failed)
    : itemsAnswer(call, outcome.items, joinPage);
}

/**
 * How the mock takes a request: the key first, then the parameters (the first
 * problem named), then the server's defaults. Either the answer already (an
 * unknown path, a `Failed`), or the call to answer.
 */
export function resolveRequest(
  world: World,
  request: ApiRequest,
): { readonly answer: ApiAnswer } | { readonly call: MockCall } {
  const name = methodOf(request);
  if (!name) return { answer: { status: 404, body: failedXml('Not found') } };
  const method: MethodSpec = methods[name];
  const refuse = (message: string) => ({ answer: failedAnswer(name, message) });

  // **Assumption**: the mock speaks XML only; asking for another format is an error, not a surprise.
  const format = request.query.get('format');
  if (format !== null && format !== 'xml') return refuse(apiMessages.invalidParameter('format'));
  const key = apiKeyOf(request.query, request.authorization);
  const project = world.projects.find((candidate) => candidate.key === key);
  if (!project) return refuse(apiMessages.invalidApiKey);

  const resolved = resolveParams(method, paramsFromQuery(method, request.query), world.today);
  if (!resolved.ok) return refuse(failureOf(method, resolved.issues));
  return { call: { method: name, project, params: resolved.params } };
}

/**
 * Boomstream's answer to one request, from the world: the key first, then the
 * parameters (the first problem named), then the data. Pure and total: any
 * query gets an answer, none throws.
 */
export function answerRequest(world: World, request: ApiRequest): ApiAnswer {
  const resolution = resolveRequest(world, request);
  return 'answer' in resolution ? resolution.answer : worldAnswer(world, resolution.call);
}
