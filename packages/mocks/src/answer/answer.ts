import {
  apiMessages,
  applyServerDefaults,
  methods,
  validateParams,
  type MethodName,
  type MethodSpec,
  type ParamIssue,
} from '@boomstream/spec';

import type { Project, World } from '../world/index.js';
import { apiKeyOf } from './api-key.js';
import { paramsFromQuery, pickMethod } from './params.js';
import { sessionPage, type ResolvedSessionParams } from './sessions.js';
import { statsPage, type ResolvedStatsParams } from './stats.js';
import { buildXml, failedXml } from './xml.js';

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

type Outcome = { readonly failed: string } | { readonly body: Record<string, unknown> };

interface Context {
  readonly world: World;
  readonly project: Project;
  readonly params: Record<string, string | number>;
}

/**
 * What each method answers once the key and the parameters are checked. Keyed by
 * every method of the spec, so a new method cannot be served by accident.
 */
const handlers: Record<MethodName, (context: Context) => Outcome> = {
  project: ({ world, project, params }) => {
    const source = params['project'];
    const series =
      source === undefined
        ? project.viewing
        : source === 'all'
          ? world.viewing
          : world.projects.find((candidate) => candidate.key === source)?.viewing;
    if (!series) return { failed: apiMessages.invalidParameter('project') };
    const page = statsPage(
      series,
      params as ResolvedStatsParams,
      'project',
      methods.project.paging.pageSize,
    );
    return { body: methods.project.response.encode(page).body };
  },
  target: ({ project, params }) => {
    const media = project.media.find(({ code }) => code === params['code']);
    if (!media) return { failed: apiMessages.mediaNotFound };
    const page = statsPage(
      media.viewing,
      params as ResolvedStatsParams,
      'media',
      methods.target.paging.pageSize,
    );
    return { body: methods.target.response.encode(page).body };
  },
  session: ({ project, params }) => {
    if (!project.media.some(({ code }) => code === params['code'])) {
      return { failed: apiMessages.mediaNotFound };
    }
    const page = sessionPage(
      project,
      params as ResolvedSessionParams,
      methods.session.paging.pageSize,
    );
    return { body: methods.session.response.encode(page).body };
  },
};

const methodsByPath = new Map<string, MethodSpec[]>();
for (const method of Object.values(methods) as MethodSpec[]) {
  methodsByPath.set(method.path, [...(methodsByPath.get(method.path) ?? []), method]);
}

/** The `Failed` message for the first problem with the parameters, named as the server names it. */
function failureOf(method: MethodSpec, issues: readonly ParamIssue[]): string {
  const param = issues[0]?.param ?? '';
  return method.params[param]?.param.kind === 'date'
    ? apiMessages.invalidDate(param)
    : apiMessages.invalidParameter(param);
}

/**
 * Boomstream's answer to one request, from the world: the key first, then the
 * parameters (the first problem named), then the data. Pure and total: any
 * query gets an answer, none throws.
 */
export function answerRequest(world: World, request: ApiRequest): ApiAnswer {
  const candidates = methodsByPath.get(request.path);
  const method = candidates && pickMethod(candidates, request.query);
  if (!method) return { status: 404, body: failedXml('Not found') };
  const name = method.name as MethodName;
  const answer = (outcome: Outcome): ApiAnswer => ({
    status: 200,
    method: name,
    body: 'failed' in outcome ? failedXml(outcome.failed) : buildXml(outcome.body),
  });

  // **Assumption**: the mock speaks XML only; asking for another format is an error, not a surprise.
  const format = request.query.get('format');
  if (format !== null && format !== 'xml') {
    return answer({ failed: apiMessages.invalidParameter('format') });
  }
  const key = apiKeyOf(request.query, request.authorization);
  const project = world.projects.find((candidate) => candidate.key === key);
  if (!project) return answer({ failed: apiMessages.invalidApiKey });

  const validated = validateParams(method, paramsFromQuery(method, request.query));
  if (!validated.ok) return answer({ failed: failureOf(method, validated.issues) });
  const params = applyServerDefaults(
    method,
    validated.value as Record<string, string | number>,
    world.today,
  );
  // Defaults can put a range out of order (a start after the default end, today): the
  // spec's rules judge the resolved parameters too.
  const resolved = validateParams(method, params);
  if (!resolved.ok) return answer({ failed: failureOf(method, resolved.issues) });
  return answer(handlers[name]({ world, project, params }));
}
