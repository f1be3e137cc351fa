import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';

import {
  API_BASE_URL,
  API_PREFIX,
  failedResponse,
  failedWire,
  MOCK_PORT,
  xmlLayout,
  type MethodSpec,
} from '@boomstream/spec';

import type { HttpOperation } from '../src/operations.js';
import { queryParameters } from './openapi-parameters.js';
import { xmlResponseSchema } from './openapi-xml.js';

/**
 * Where the API lives: Boomstream's API prefix, and the local mock's. Paths are relative
 * to these; generated clients build every URL from this one list.
 */
export const API_SERVERS = [
  { url: API_BASE_URL, description: 'Boomstream' },
  {
    url: `http://127.0.0.1:{port}${API_PREFIX}`,
    // Said here, not as the variable's `description`: swagger-parser's OpenAPI 3.1 schema
    // spells that key `descriptions` and rejects a document that uses it.
    description: `The local mock: \`boomstream-mock\` listens on port ${MOCK_PORT} unless told \`--port\`; \`startMockServer\` of \`@boomstream/mocks\` on the port it is given.`,
    variables: { port: { default: String(MOCK_PORT) } },
  },
];

/** The one tag: every operation is a statistics query. */
export const TAG = {
  name: 'Statistics',
  description:
    'Viewing statistics: by project, by video, live stream or playlist, and by customer session.',
};

const code = (text: string) => `\`${text}\``;
const list = (names: readonly string[]) => names.map(code).join(' and ');

/** Parameters `method` requires that none of `others` takes: what tells it apart. */
function ownRequired(method: MethodSpec, others: readonly MethodSpec[]): string[] {
  return Object.entries(method.params)
    .filter(([name, use]) => use.required && others.every((other) => !(name in other.params)))
    .map(([name]) => name);
}

/** `with \`code\`` / `without \`code\``: how a request picks `method` among those of its operation. */
function condition(method: MethodSpec, siblings: readonly MethodSpec[]): string {
  const others = siblings.filter((other) => other !== method);
  const own = ownRequired(method, others);
  const theirs = others.flatMap((other) =>
    ownRequired(other, [method]).filter((name) => !own.includes(name)),
  );
  return [
    own.length > 0 ? `with ${list(own)}` : undefined,
    theirs.length > 0 ? `without ${list([...new Set(theirs)])}` : undefined,
  ]
    .filter((part) => part !== undefined)
    .join(', ');
}

function requestLine(method: MethodSpec): string {
  return `The reference's example request: \`GET ${method.example.request}\`.`;
}

function operationDescription({ methods: serving }: HttpOperation): string {
  const [only] = serving;
  if (only && serving.length === 1) {
    return `${only.description}\n\n${requestLine(only)}`;
  }
  const cases = serving.map(
    (method) =>
      `- **${condition(method, serving)}: ${code(method.name)}**, ${method.title}. ` +
      `${method.description} ${requestLine(method)}`,
  );
  return [
    `One endpoint serves the reference's methods ${list(serving.map(({ name }) => name))}; what the request carries picks one:`,
    cases.join('\n'),
  ].join('\n\n');
}

/** The titles' common words said once: `Statistics by project or Video, Live and Playlist`. */
function operationSummary({ methods: serving }: HttpOperation): string {
  const titles = serving.map(({ title }) => title);
  const [first = ''] = titles;
  const words = first.split(' ');
  let shared = 0;
  while (
    shared < words.length - 1 &&
    titles.every((title) => title.startsWith(`${words.slice(0, shared + 1).join(' ')} `))
  ) {
    shared += 1;
  }
  const prefix = words.slice(0, shared).join(' ');
  const rests = titles.map((title) => title.slice(prefix.length).trim());
  return [prefix, rests.join(' or ')].filter(Boolean).join(' ');
}

/** `<Response>` with one text element per field, as Boomstream writes its answers. */
function xmlDocument(fields: Record<string, string | undefined>): string {
  const elements = Object.entries(fields).flatMap(([name, text]) =>
    text === undefined ? [] : [`<${name}>${text}</${name}>\n`],
  );
  return `<${xmlLayout.root}>\n${elements.join('')}</${xmlLayout.root}>\n`;
}

const FAILED = 'FailedResponse';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** The reference's example answer of each method, then a `Failed` answer of each. */
function examples({ methods: serving }: HttpOperation) {
  const success = serving.map((method) => [
    method.name,
    { summary: `${method.title}: the reference's example`, value: method.example.response },
  ]);
  const failed = serving.map((method) => {
    const message = method.failedMessage;
    return [
      `${method.name}Failed`,
      {
        summary: `${method.title}, Failed: ${message}`,
        value: xmlDocument(failedResponse.encode({ message })),
      },
    ];
  });
  return Object.fromEntries([...success, ...failed]) as Record<
    string,
    { summary: string; value: string }
  >;
}

function responses(operation: HttpOperation) {
  return {
    200: {
      description:
        'The page asked for, or an error: Boomstream answers errors with HTTP 200 too, as ' +
        '`<Status>Failed</Status>` with a `<Message>` (some answers carry no `Message`). ' +
        'Only `Status` tells them apart, never the HTTP status.',
      content: {
        'application/xml': {
          schema: { oneOf: [ref(operation.response), ref(FAILED)] },
          examples: examples(operation),
        },
      },
    },
  };
}

/** What the reference says about an answer's elements beyond their names. */
const wireNotes: Record<string, string> = {
  SessionsResponse:
    " The reference's output list calls two elements `IP` and `CreatedAt`; its example, the " +
    'only answer seen, writes `ip` and `Start`, as here. Decoders accept either spelling.',
};

/** One entry of `x-boomstream-methods`: where a method of the spec went. */
export interface MethodMapping {
  readonly title: string;
  readonly operationId: string;
  readonly operation: string;
  readonly requiredParameters: readonly string[];
  readonly parameters: readonly string[];
}

/** The spec's methods by name: the operation each one is, and the parameters it requires and takes. */
export function methodMappings(
  operations: readonly HttpOperation[],
): Record<string, MethodMapping> {
  return Object.fromEntries(
    operations.flatMap((operation) =>
      operation.methods.map((method) => [
        method.name,
        {
          title: method.title,
          operationId: operation.operationId,
          operation: `GET ${operation.path}`,
          requiredParameters: Object.entries(method.params)
            .filter(([, use]) => use.required)
            .map(([name]) => name),
          parameters: Object.keys(method.params),
        },
      ]),
    ),
  );
}

/** Registers the HTTP operations and the schemas of their answers. */
export function registerOperations(
  registry: OpenAPIRegistry,
  operations: readonly HttpOperation[],
): void {
  for (const operation of operations) {
    const [method] = operation.methods;
    if (!method) continue;
    const names = list(operation.methods.map(({ name }) => name));
    registry.registerComponent(
      'schemas',
      operation.response,
      xmlResponseSchema(
        method.response.in.shape.body,
        `What ${names} answer${operation.methods.length > 1 ? '' : 's'}, as the XML carries it: every value is text.${wireNotes[operation.response] ?? ''}`,
      ),
    );
  }
  registry.registerComponent(
    'schemas',
    FAILED,
    xmlResponseSchema(failedWire, 'An error answer: Status Failed, usually with a Message.'),
  );
  for (const operation of operations) {
    registry.registerPath({
      method: 'get',
      path: operation.path,
      operationId: operation.operationId,
      tags: [TAG.name],
      summary: operationSummary(operation),
      description: operationDescription(operation),
      parameters: queryParameters(operation.methods),
      responses: responses(operation),
    });
  }
}
