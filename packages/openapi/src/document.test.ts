import { readFile } from 'node:fs/promises';

import { methods, type MethodName, type MethodSpec } from '@boomstream/spec';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import {
  OPERATION_IDS,
  operationOf,
  operationsOf,
  readDocument,
  type OpenApiDocument,
} from '../test/document.js';
import { openapiYamlPath, readOpenApiDocument } from './index.js';

const API_PREFIX = 'https://boomstream.com/api';
const entries = Object.entries(methods) as [MethodName, MethodSpec][];

/** The spec's methods that share each path: one HTTP operation each. */
function methodsByPath(): Map<string, MethodSpec[]> {
  const byPath = new Map<string, MethodSpec[]>();
  for (const [, method] of entries)
    byPath.set(method.path, [...(byPath.get(method.path) ?? []), method]);
  return byPath;
}

function parameterOf(document: OpenApiDocument, path: string, name: string) {
  const parameter = document.paths[path]?.get.parameters.find(
    (candidate) => candidate.name === name,
  );
  if (!parameter) throw new Error(`${path} has no parameter ${name}`);
  return parameter;
}

describe('the generated OpenAPI document', () => {
  it('says the same in JSON and in YAML', async () => {
    expect(parse(await readFile(openapiYamlPath, 'utf8'))).toEqual(await readOpenApiDocument());
  });

  it('is OpenAPI 3.1 with the package version, a license, Boomstream as contact and a tag for every operation', async () => {
    const document = await readDocument();
    const { version } = JSON.parse(
      await readFile(new URL('../package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    expect(document).toMatchObject({
      openapi: '3.1.0',
      info: {
        version,
        license: { identifier: 'MIT' },
        contact: { name: 'Boomstream', url: 'https://boomstream.com' },
      },
    });
    const tags = document.tags.map(({ name }) => name);
    for (const { operation } of operationsOf(document)) {
      expect(operation.tags.length, operation.operationId).toBeGreaterThan(0);
      expect(tags, operation.operationId).toEqual(expect.arrayContaining([...operation.tags]));
    }
  });

  it('lists Boomstream and the local mock, with its port as a variable, as the only servers', async () => {
    const document = await readDocument();
    const [boomstream, mock, ...others] = document.servers;
    expect(boomstream?.url).toBe(API_PREFIX);
    expect(mock?.url).toBe('http://127.0.0.1:{port}/api');
    expect(mock?.variables?.['port']?.default).toMatch(/^[1-9]\d{0,4}$/);
    expect(others).toEqual([]);
  });

  it('has one operation per HTTP operation, at its path under the servers, with no servers of its own', async () => {
    const document = await readDocument();
    expect(Object.keys(document.paths).sort()).toEqual([...methodsByPath().keys()].sort());
    expect(Object.keys(document.paths).sort()).toEqual(['/ppv/sessions', '/stats']);
    for (const [path, item] of Object.entries(document.paths)) {
      expect(Object.keys(item), path).toEqual(['get']);
      expect(item.servers, path).toBeUndefined();
      expect(item.get.servers, path).toBeUndefined();
    }
    const operationIds = operationsOf(document).map(({ operation }) => operation.operationId);
    expect(operationIds.sort()).toEqual([...new Set(Object.values(OPERATION_IDS))].sort());
  });

  it('maps each method of the spec to its operation and the parameters it requires and takes (x-boomstream-methods)', async () => {
    const document = await readDocument();
    const mapping = document['x-boomstream-methods'];
    expect(Object.keys(mapping)).toEqual(Object.keys(methods));
    for (const [name, method] of entries) {
      const required = Object.entries(method.params).flatMap(([param, use]) =>
        use.required ? [param] : [],
      );
      expect(mapping[name], name).toEqual({
        title: method.title,
        operationId: OPERATION_IDS[name],
        operation: `GET ${method.path}`,
        requiredParameters: required,
        parameters: Object.keys(method.params),
      });
      expect(operationOf(document, name).path, name).toBe(method.path);
    }
  });

  it('documents every parameter of an operation’s methods, required only where all of them require it', async () => {
    const document = await readDocument();
    for (const [path, serving] of methodsByPath()) {
      const { parameters } = document.paths[path]!.get;
      const names = new Set(serving.flatMap((method) => Object.keys(method.params)));
      expect(parameters.map(({ name }) => name).sort(), path).toEqual([...names].sort());
      for (const parameter of parameters) {
        const uses = serving.map((method) => method.params[parameter.name]);
        const label = `${path} ${parameter.name}`;
        expect(parameter.required, label).toBe(uses.every((use) => use?.required === true));
        const use = uses.find((candidate) => candidate !== undefined)!;
        expect(parameter.schema['format'] === 'password', label).toBe(
          use.param.secret !== undefined,
        );
        expect(parameter.description, label).toContain(use.param.description);
        const defaultText = use.serverDefault?.text;
        expect(parameter.description.includes(`Default: ${String(defaultText)}.`), label).toBe(
          defaultText !== undefined,
        );
        const defaultValue =
          use.serverDefault && 'value' in use.serverDefault ? use.serverDefault.value : undefined;
        expect(parameter.schema['default'], label).toBe(defaultValue);
        // An example, where there is one, is a value the spec accepts.
        const example = parameter.example ?? [];
        expect(
          [example].flat().filter((value) => !use.param.schema.safeParse(value).success),
          label,
        ).toEqual([]);
      }
    }
  });

  it('says on GET /stats that code switches the answer from project to target', async () => {
    const document = await readDocument();
    const code = parameterOf(document, '/stats', 'code');
    expect(code.required).toBe(false);
    expect(code.description).toMatch(/With `code` the request is `target`.*without it, `project`/);
    const { description } = document.paths['/stats']!.get;
    expect(description).toMatch(/without `code`: `project`/);
    expect(description).toMatch(/with `code`: `target`/);
    expect(parameterOf(document, '/stats', 'project').description).toContain(
      '`target` does not take it',
    );
  });

  it('shows dates as format date with an example and the calendar rule in words, not as a regex', async () => {
    const document = await readDocument();
    for (const path of Object.keys(document.paths)) {
      for (const name of ['start', 'end']) {
        const { schema, example, description } = parameterOf(document, path, name);
        expect(schema, `${path} ${name}`).toEqual({ type: 'string', format: 'date' });
        expect(example, `${path} ${name}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(description, `${path} ${name}`).toContain('exists in the calendar');
      }
      expect(parameterOf(document, path, 'start').description).toContain('On or before `end`');
    }
  });

  it('shows hash as a non-empty password and keeps only short anchored patterns, said in words too', async () => {
    const document = await readDocument();
    const hash = parameterOf(document, '/ppv/sessions', 'hash');
    expect(hash.schema).toEqual({ type: 'string', minLength: 1, format: 'password' });
    expect(hash.description).toContain('not only spaces');
    const patterns = operationsOf(document).flatMap(({ operation }) =>
      operation.parameters.flatMap(({ schema }) =>
        typeof schema['pattern'] === 'string' ? [schema['pattern']] : [],
      ),
    );
    expect(patterns.length).toBeGreaterThan(0);
    for (const pattern of patterns) expect(pattern).toMatch(/^\^.{1,20}\$$/);
    expect(parameterOf(document, '/ppv/sessions', 'code').description).toContain(
      '8 letters or digits.',
    );
  });

  it('offers the API key in the query and as a bearer token', async () => {
    expect(await readOpenApiDocument()).toMatchObject({
      components: {
        securitySchemes: {
          apiKeyQuery: { type: 'apiKey', in: 'query', name: 'apikey' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ apiKeyQuery: [] }, { bearer: [] }],
    });
  });

  it('names XML elements exactly as the wire: root Response, Items wrapping Item', async () => {
    const { components } = await readDocument();
    expect(components.schemas).toMatchObject({
      StatsResponse: {
        xml: { name: 'Response' },
        properties: {
          Items: {
            type: 'array',
            xml: { name: 'Items', wrapped: true },
            items: { xml: { name: 'Item' } },
          },
          PageCount: { type: 'string' },
        },
      },
      SessionsResponse: {
        xml: { name: 'Response' },
        properties: { Item: { type: 'array', items: { xml: { name: 'Item' } } } },
      },
      FailedResponse: {
        xml: { name: 'Response' },
        properties: { Status: { const: 'Failed' }, Message: { type: 'string' } },
        required: ['Status'],
      },
    });
  });

  it('writes XML element names in descriptions as code, not as HTML tags that Markdown renderers drop', async () => {
    // Descriptions are CommonMark: Redoc and Swagger UI pass raw HTML through, so `<Status>`
    // outside a code span becomes an unknown element and vanishes from the rendered page.
    const descriptions: string[] = [];
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (typeof node === 'object' && node !== null) {
        for (const [key, value] of Object.entries(node)) {
          if ((key === 'description' || key === 'summary') && typeof value === 'string') {
            descriptions.push(value);
          } else collect(value);
        }
      }
    };
    collect(await readOpenApiDocument());
    expect(descriptions.length).toBeGreaterThan(20);
    const rawTags = descriptions.filter((text) => /<[A-Za-z/]/.test(text.replace(/`[^`]*`/g, '')));
    expect(rawTags).toEqual([]);
  });

  it('carries each method’s reference example byte for byte, and a Failed one, as named examples', async () => {
    const document = await readDocument();
    for (const [name, method] of entries) {
      const { operation } = operationOf(document, name);
      const { examples } = operation.responses['200']!.content['application/xml']!;
      expect(examples[name]?.value, name).toBe(method.example.response);
      expect(examples[`${name}Failed`]?.value, name).toMatch(/<Status>Failed<\/Status>\n<Message>/);
    }
    const stats = operationOf(document, 'project').operation.responses['200']!;
    expect(Object.keys(stats.content['application/xml']!.examples)).toEqual([
      'project',
      'target',
      'projectFailed',
      'targetFailed',
    ]);
  });
});
