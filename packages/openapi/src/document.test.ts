import { readFile } from 'node:fs/promises';

import { methods, type MethodName, type MethodSpec } from '@boomstream/spec';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { OPERATION_IDS, operationsOf, readDocument } from '../test/document.js';
import { openapiYamlPath, readOpenApiDocument } from './index.js';

const API_PREFIX = 'https://boomstream.com/api';
const entries = Object.entries(methods) as [MethodName, MethodSpec][];

describe('the generated OpenAPI document', () => {
  it('says the same in JSON and in YAML', async () => {
    expect(parse(await readFile(openapiYamlPath, 'utf8'))).toEqual(await readOpenApiDocument());
  });

  it('is OpenAPI 3.1 with the package version, a license, Boomstream and the mock as servers', async () => {
    const document = await readDocument();
    const { version } = JSON.parse(
      await readFile(new URL('../package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    expect(document).toMatchObject({
      openapi: '3.1.0',
      info: { version, license: { identifier: 'MIT' } },
    });
    const [boomstream, mock, ...others] = document.servers.map(({ url }) => url);
    expect(boomstream).toBe(API_PREFIX);
    expect(mock).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api$/);
    expect(others).toEqual([]);
  });

  it('has one operation per method, each calling the method’s URL on every server', async () => {
    const document = await readDocument();
    const operations = operationsOf(document);
    expect(operations.map(({ operation }) => operation.operationId).sort()).toEqual(
      Object.values(OPERATION_IDS).sort(),
    );
    for (const [name, method] of entries) {
      const { path, operation } = operations.find(
        (candidate) => candidate.operation.operationId === OPERATION_IDS[name],
      )!;
      // The URL a conforming tool calls: the operation's servers (else the document's) + the path.
      const urls = (operation.servers ?? document.servers).map(({ url }) => `${url}${path}`);
      const apiUrls = document.servers.map(({ url }) => `${url}${method.path}`);
      expect(urls, name).toEqual(apiUrls);
      expect(urls[0], name).toBe(`${API_PREFIX}${method.path}`);
    }
  });

  it('documents every parameter with its required flag, secrets as passwords, and nothing else', async () => {
    const operations = operationsOf(await readDocument());
    for (const [name, method] of entries) {
      const { parameters } = operations.find(
        ({ operation }) => operation.operationId === OPERATION_IDS[name],
      )!.operation;
      expect(parameters.map((parameter) => parameter.name).sort(), name).toEqual(
        Object.keys(method.params).sort(),
      );
      for (const [param, use] of Object.entries(method.params)) {
        const parameter = parameters.find((candidate) => candidate.name === param)!;
        expect(parameter.required, `${name}.${param}`).toBe(use.required);
        expect(parameter.schema['format'] === 'password', `${name}.${param}`).toBe(
          use.param.secret !== undefined,
        );
        expect(parameter.schema['description'], `${name}.${param}`).toContain(
          use.param.description,
        );
        const defaultText = use.serverDefault?.text;
        expect(
          String(parameter.schema['description']).includes(`Default: ${String(defaultText)}`),
          `${name}.${param}`,
        ).toBe(defaultText !== undefined);
        const defaultValue =
          use.serverDefault && 'value' in use.serverDefault ? use.serverDefault.value : undefined;
        expect(parameter.schema['default'], `${name}.${param}`).toBe(defaultValue);
      }
    }
  });

  it('gives dates a pattern that matches real dates only, and enums their values', async () => {
    const [project] = operationsOf(await readDocument()).filter(
      ({ operation }) => operation.operationId === OPERATION_IDS.project,
    );
    const schemaOf = (name: string) =>
      project!.operation.parameters.find((parameter) => parameter.name === name)!.schema;
    const date = new RegExp(schemaOf('start')['pattern'] as string);
    expect(['2020-01-01', '2024-02-29'].every((value) => date.test(value))).toBe(true);
    expect(['2020-1-01', '2023-02-29', '01.01.2020'].some((value) => date.test(value))).toBe(false);
    expect(schemaOf('group')['enum']).toEqual(['day', 'hour']);
    expect(schemaOf('order')['enum']).toEqual(['asc', 'desc']);
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

  it('carries the reference examples byte for byte', async () => {
    const operations = operationsOf(await readDocument());
    for (const [name, method] of entries) {
      const { operation } = operations.find(
        (candidate) => candidate.operation.operationId === OPERATION_IDS[name],
      )!;
      const { examples } = operation.responses['200']!.content['application/xml']!;
      expect(examples['reference']?.value, name).toBe(method.example.response);
      expect(examples['failed']?.value, name).toMatch(/<Status>Failed<\/Status>\n<Message>/);
    }
  });
});
