import { BoomstreamDecodeError } from '@boomstream/client/errors';
import SwaggerParser from '@apidevtools/swagger-parser';
import { beforeAll, describe, expect, it } from 'vitest';

import { readFixtures, type FixtureEntry } from '../test/fixtures.js';
import {
  OPERATION_IDS,
  operationsOf,
  readDocument,
  type OpenApiDocument,
} from '../test/document.js';
import { xmlInstance } from '../test/xml-model.js';
import { decodeAnswer, operationAt, type OperationId } from './decode.js';

type Schema = Parameters<typeof xmlInstance>[1];

let document: OpenApiDocument;
let fixtures: (FixtureEntry & { xml: string })[];

beforeAll(async () => {
  document = (await SwaggerParser.dereference(
    structuredClone(await readDocument()) as never,
  )) as unknown as OpenApiDocument;
  fixtures = await readFixtures();
});

const operationIdOf = (method: string): OperationId =>
  OPERATION_IDS[method as keyof typeof OPERATION_IDS];

/** The `oneOf` branch of an operation's 200 answer that an answer's Status picks. */
function schemaOf(operationId: OperationId, failed: boolean): Schema {
  const operation = operationsOf(document).find(
    (found) => found.operation.operationId === operationId,
  )?.operation;
  const media = operation?.responses['200']?.content['application/xml'] as unknown as
    { schema: { oneOf: Schema[] } } | undefined;
  const branch = media?.schema.oneOf[failed ? 1 : 0];
  if (!branch) throw new Error(`no answer documented for ${operationId}`);
  return branch;
}

/** The XML read as the document's `xml` objects describe it: the object a generated client's types promise. */
function documented(xml: string, operationId: OperationId): unknown {
  const failed = xml.includes('<Status>Failed</Status>');
  const read = xmlInstance(xml, schemaOf(operationId, failed));
  if ('error' in read) throw new Error(read.error);
  return read.instance;
}

describe('decodeAnswer', () => {
  it('reads every mock fixture and reference example as the document describes it', () => {
    expect(fixtures.length).toBeGreaterThan(10);
    for (const { method, file, xml } of fixtures) {
      const operationId = operationIdOf(method);
      const expected = documented(xml, operationId) as Record<string, unknown>;
      // The codec writes what the wire may leave out: the Status live answers carry (the
      // reference's session example has none) and an empty list for a page without items.
      const list = operationId === 'getStats' ? 'Items' : 'Item';
      const written = expected['Status'] === 'Failed' ? {} : { Status: 'Success', [list]: [] };
      expect(decodeAnswer(xml, operationId), file).toEqual({ ...written, ...expected });
    }
  });

  it('gives numbers as the text the document types them as, and a single Item as an array', () => {
    const [reference] = fixtures.filter(({ file }) => file === 'reference/project.xml');
    const answer = decodeAnswer(reference?.xml ?? '', 'getStats');
    expect(answer).toMatchObject({ Page: '1', PageLimit: '1000', ItemCount: '1' });
    expect(answer.Status !== 'Failed' && answer.Items).toEqual([
      { date: '23.12.2019', time: '965600', time_dim: '0.27 hours' },
    ]);
  });

  it('writes the spellings the decoders accept as the document’s: IP, CreatedAt, sessions wrapped in Items', () => {
    const xml = `<Response><Items><Item>
      <Place>Lecture &amp; Q&amp;A</Place><IP>10.0.0.7</IP><Country>Latvia</Country>
      <UserAgent>curl/8.5.0</UserAgent><CreatedAt>2024-06-01 09:05:00</CreatedAt>
      <LeftActivations>-1</LeftActivations>
    </Item></Items><Status>Success</Status></Response>`;
    expect(decodeAnswer(xml, 'getSessions')).toEqual({
      Item: [
        {
          Place: 'Lecture & Q&A',
          ip: '10.0.0.7',
          Country: 'Latvia',
          UserAgent: 'curl/8.5.0',
          Start: '2024-06-01 09:05:00',
          LeftActivations: '-1',
        },
      ],
      Status: 'Success',
    });
  });

  it('gives an empty list for <Items/> and for no sessions at all', () => {
    const empty = fixtures.filter((fixture) => fixture.xml.includes('<Items/>'));
    expect(empty.length).toBeGreaterThan(0);
    for (const { xml } of empty) expect(decodeAnswer(xml, 'getStats')).toMatchObject({ Items: [] });
    expect(decodeAnswer('<Response><Status>Success</Status></Response>', 'getSessions')).toEqual({
      Item: [],
      Status: 'Success',
    });
  });

  it('gives a Failed answer as the document’s FailedResponse, with or without a Message', () => {
    const failed = '<Response><Status>Failed</Status><Message>Invalid API key</Message></Response>';
    expect(decodeAnswer(failed, 'getStats')).toEqual({
      Status: 'Failed',
      Message: 'Invalid API key',
    });
    expect(decodeAnswer('<Response><Status>Failed</Status></Response>', 'getSessions')).toEqual({
      Status: 'Failed',
    });
  });

  it('throws the client’s BoomstreamDecodeError on a body that is not the operation’s XML', () => {
    for (const body of ['<html><body>Bad gateway</body></html>', '{"Status":"Success"}', '']) {
      expect(() => decodeAnswer(body, 'getStats')).toThrow(BoomstreamDecodeError);
    }
    const cut = '<Response><GroupBy>day</GroupBy><Items><Item><date>01.06.2024</date>';
    expect(() => decodeAnswer(cut, 'getStats')).toThrow(/getStats: not well-formed XML/);
  });

  it('refuses an operationId the document does not have', () => {
    expect(() => decodeAnswer('<Response/>', 'getProject' as OperationId)).toThrow(TypeError);
  });
});

describe('operationAt', () => {
  it('finds each of the document’s operations from its path, a server’s prefix and a query around it', () => {
    for (const { path, operation } of operationsOf(document)) {
      expect(operationAt(path)).toBe(operation.operationId);
      expect(operationAt(`http://127.0.0.1:4011/api${path}?apikey=x&page=2`)).toBe(
        operation.operationId,
      );
    }
    expect(operationAt('https://boomstream.com/api/media/list')).toBeUndefined();
  });
});
