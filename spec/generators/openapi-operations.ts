import type { OpenAPIRegistry, RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

import {
  apiMessages,
  failedResponse,
  failedWire,
  methods,
  xmlLayout,
  type MethodName,
  type MethodSpec,
  type ParamUse,
} from '../src/index.js';
import { xmlResponseSchema } from './openapi-xml.js';

/** Where the API lives: Boomstream's API prefix, and the mock server's default address. */
export const API_SERVERS = [
  { url: 'https://boomstream.com/api', description: 'Boomstream' },
  { url: 'http://127.0.0.1:4010/api', description: 'Local mock (boomstream-mock)' },
] as const;

const API_PREFIX = '/api';

/** `project` → `statsProject`: every operation is a statistics query. */
export function operationIdOf(name: MethodName): string {
  return `stats${name[0]?.toUpperCase() ?? ''}${name.slice(1)}`;
}

function queryParam(name: string, { param, serverDefault, required }: ParamUse): z.ZodType {
  // zod-to-openapi keeps `format: date` of an ISO date but drops zod's pattern for it.
  const { pattern } = z.toJSONSchema(param.schema, { io: 'input' });
  const description = serverDefault
    ? `${param.description}. Default: ${serverDefault.text}`
    : param.description;
  const schema = param.schema.openapi({
    description,
    ...(pattern !== undefined && { pattern }),
    ...(serverDefault && 'value' in serverDefault && { default: serverDefault.value }),
    ...(param.secret && { format: 'password' }),
    ...(param.example !== undefined && { example: param.example }),
    param: { name, in: 'query' },
  });
  return required ? schema : schema.optional();
}

function queryOf(method: MethodSpec): z.ZodObject {
  return z.object(
    Object.fromEntries(
      Object.entries(method.params).map(([name, use]) => [name, queryParam(name, use)]),
    ),
  );
}

/** `<Response>` with one text element per field, as Boomstream writes its answers. */
function xmlDocument(fields: Record<string, string | undefined>): string {
  const elements = Object.entries(fields).flatMap(([name, text]) =>
    text === undefined ? [] : [`<${name}>${text}</${name}>\n`],
  );
  return `<${xmlLayout.root}>\n${elements.join('')}</${xmlLayout.root}>\n`;
}

const FAILED = 'FailedResponse';

/** The component name of a method's answer: `/stats` → `StatsResponse`. */
function responseComponent(method: MethodSpec): string {
  const last = method.path.split('/').at(-1) ?? '';
  return `${last[0]?.toUpperCase() ?? ''}${last.slice(1)}Response`;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function responses(method: MethodSpec, failedMessage: string): RouteConfig['responses'] {
  return {
    200: {
      description:
        'The page asked for, or an error: Boomstream answers errors with HTTP 200 too, as ' +
        '`<Status>Failed</Status>` with a `<Message>` (some answers carry no `Message`). ' +
        'Only `Status` tells them apart, never the HTTP status.',
      content: {
        'application/xml': {
          schema: { oneOf: [ref(responseComponent(method)), ref(FAILED)] },
          examples: {
            reference: { summary: 'The reference example', value: method.example.response },
            failed: {
              summary: `Failed: ${failedMessage}`,
              value: xmlDocument(failedResponse.encode({ message: failedMessage })),
            },
          },
        },
      },
    },
  };
}

function requestLine(method: MethodSpec): string {
  return `Example request (the reference's): \`GET ${method.example.request}\`.`;
}

/**
 * `project` and `target` are one endpoint, `GET /stats`: adding `code` switches the
 * answer from the project to that media (`SourceType` `media`), and `code` is what
 * makes a request a `target` one. OpenAPI 3.1 keys an operation by method and path,
 * so one path cannot hold both operations, and one merged operation would lose
 * which parameters go together (`project` only without `code`) and the operationIds
 * that generated clients name their methods by. So `statsTarget` is listed under
 * `/api/stats` with operation-level servers that leave out the `/api` prefix: the
 * URL is exactly the same, which the operation's description says for tools that
 * ignore operation-level servers. Query variants (`/stats?code`) are not allowed in
 * a path, and a fragment (`/stats#target`) would end up in front of the query.
 */
function unprefixedServers() {
  return API_SERVERS.map(({ url, description }) => ({
    url: url.slice(0, -API_PREFIX.length),
    description,
  }));
}

const descriptions: Record<MethodName, string> = {
  project:
    'Viewing time of the project the API key belongs to (or of another project, or of all of ' +
    'them, with `project`), bucketed by day or hour. The same endpoint answers `statsTarget` ' +
    'when the request carries `code`.',
  target:
    'Viewing time of one video, live stream or playlist, bucketed by day or hour. This is ' +
    '`GET https://boomstream.com/api/stats`, the endpoint of `statsProject`: `code` switches ' +
    'the source from the project to the media. OpenAPI allows one GET per path, so this ' +
    'operation is listed as `/api/stats` with servers without the `/api` prefix; a tool that ' +
    'ignores operation-level servers must send it to `/stats` under the API prefix.',
  session: 'Sessions of one customer password on one media: where, when and from what device.',
};

/** What the reference says about an answer's elements beyond their names. */
const wireNotes: Record<string, string> = {
  SessionsResponse:
    " The reference's output list calls two elements `IP` and `CreatedAt`; its example, the " +
    'only answer seen, writes `ip` and `Start`, as here. Decoders accept either spelling.',
};

const failedMessages: Record<MethodName, string> = {
  project: apiMessages.invalidApiKey,
  target: apiMessages.mediaNotFound,
  session: apiMessages.mediaNotFound,
};

/** Registers the three operations and the schemas of their answers. */
export function registerOperations(registry: OpenAPIRegistry): void {
  const byComponent = new Map<string, MethodSpec[]>();
  for (const method of Object.values<MethodSpec>(methods)) {
    const component = responseComponent(method);
    byComponent.set(component, [...(byComponent.get(component) ?? []), method]);
  }
  for (const [component, answering] of byComponent) {
    const [method] = answering;
    if (!method) continue;
    const names = answering.map(({ name }) => `\`${name}\``).join(' and ');
    registry.registerComponent(
      'schemas',
      component,
      xmlResponseSchema(
        method.response.in.shape.body,
        `What ${names} answer${answering.length > 1 ? '' : 's'}, as the XML carries it: every value is text.${wireNotes[component] ?? ''}`,
      ),
    );
  }
  registry.registerComponent(
    'schemas',
    FAILED,
    xmlResponseSchema(failedWire, 'An error answer: Status Failed, usually with a Message.'),
  );
  const listed = new Set<string>();
  for (const [name, method] of Object.entries(methods) as [MethodName, MethodSpec][]) {
    // The second method on a path (`target` on `/stats`) takes the variant explained above.
    const shared = listed.has(method.path);
    const path = shared ? `${API_PREFIX}${method.path}` : method.path;
    if (listed.has(path)) throw new Error(`${name}: a third operation on ${method.path}`);
    listed.add(path);
    registry.registerPath({
      method: 'get',
      path,
      ...(shared && { servers: unprefixedServers() }),
      operationId: operationIdOf(name),
      summary: method.title,
      description: `${descriptions[name]}\n\n${requestLine(method)}`,
      request: { query: queryOf(method) },
      responses: responses(method, failedMessages[name]),
    });
  }
}
