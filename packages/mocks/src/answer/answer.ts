import {
  apiMessages,
  methods,
  type MethodName,
  type MethodSpec,
  type ParamIssue,
} from '@boomstream/spec';

import type { World } from '../world/index.js';
import { apiKeyOf } from './api-key.js';
import type { AnswerFormat, MockCall } from './call.js';
import { pageOf, worldItems } from './kinds.js';
import { paramsFromQuery, pickMethod, strayParam } from './params.js';
import { resolveParams } from './resolve.js';
import { encodePageJson, failedJson, JSON_CONTENT_TYPE } from './json.js';
import { encodePage, failedXml } from './xml.js';

/** A request as the API sees it: the path under the API prefix, the query, and the `Authorization` header. */
export interface ApiRequest {
  readonly path: string;
  readonly query: URLSearchParams;
  readonly authorization?: string | undefined;
  /** Answer a repeated parameter from its first value and ignore unknown ones, instead of refusing them (`lenientParams`). */
  readonly lenientParams?: boolean | undefined;
}

/** An answer: HTTP 200 for every API answer, `Failed` ones included, as Boomstream does; 404 for an unknown path. */
export interface ApiAnswer {
  readonly status: number;
  readonly body: string;
  /** Set for a JSON answer (`format=json`); XML otherwise. */
  readonly contentType?: string;
  /** The method that answered, when the path named one. */
  readonly method?: MethodName;
}

export type { AnswerFormat } from './call.js';

/**
 * The format a request asks for; `undefined` for one the mock does not speak
 * (`xls`, marked experimental by the reference, and anything else), refused by name.
 */
export function formatOf(query: URLSearchParams): AnswerFormat | undefined {
  const format = query.get('format');
  return format === null || format === 'xml' ? 'xml' : format === 'json' ? 'json' : undefined;
}

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

/** The answer `Failed` with `message`, in `format`. */
export function failedAnswer(
  method: MethodName,
  message: string,
  format: AnswerFormat = 'xml',
): ApiAnswer {
  return format === 'json'
    ? { status: 200, method, body: failedJson(message), contentType: JSON_CONTENT_TYPE }
    : { status: 200, method, body: failedXml(message) };
}

/** The answer carrying one page of a call's items (oldest first): order, paging, counts, XML or JSON. */
export function itemsAnswer(call: MockCall, items: readonly unknown[]): ApiAnswer {
  return pageAnswer(call.method, pageOf(call, items), call.format);
}

/** The answer carrying a page as it is, in `format`: one wire object, as XML or as JSON. */
export function pageAnswer(method: MethodName, page: object, format: AnswerFormat): ApiAnswer {
  return format === 'json'
    ? { status: 200, method, body: encodePageJson(method, page), contentType: JSON_CONTENT_TYPE }
    : { status: 200, method, body: encodePage(method, page) };
}

/** What the world answers to an accepted request, in the format it asked for. */
export function worldAnswer(world: World, call: MockCall): ApiAnswer {
  const outcome = worldItems(world, call);
  return 'failed' in outcome
    ? failedAnswer(call.method, outcome.failed, call.format)
    : itemsAnswer(call, outcome.items);
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
  // **Assumption** `json-format`: `format=json` is the same wire body as JSON, refusals too;
  // another format (`xls`, marked experimental) is refused by name, in XML.
  const format = formatOf(request.query);
  const refuse = (message: string) => ({ answer: failedAnswer(name, message, format) });
  if (format === undefined) return refuse(apiMessages.invalidParameter('format'));
  // **Assumption** `bearer-key`: the key comes from `apikey`, else `Authorization: Bearer`.
  const key = apiKeyOf(request.query, request.authorization);
  const project = world.projects.find((candidate) => candidate.key === key);
  if (!project) return refuse(apiMessages.invalidApiKey);
  // **Assumption** `strict-params`: a repeated or unknown parameter is refused by name.
  const stray = request.lenientParams === true ? undefined : strayParam(method, request.query);
  if (stray !== undefined) return refuse(apiMessages.invalidParameter(stray));

  const resolved = resolveParams(method, paramsFromQuery(method, request.query), world.today);
  if (!resolved.ok) return refuse(failureOf(method, resolved.issues));
  return { call: { method: name, project, params: resolved.params, format } };
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
