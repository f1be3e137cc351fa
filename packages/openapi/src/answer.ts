import { decodeBody } from '@boomstream/client/decode';
import { BoomstreamDecodeError } from '@boomstream/client/errors';
import {
  failedResponse,
  FIRST_PAGE,
  xmlLayout,
  type MethodSpec,
  type ResponseCodec,
} from '@boomstream/spec';

import { httpOperations } from './operations.js';

/*
 * What the document's component schemas describe, and so what every generator types a
 * 200 answer as (openapi-typescript, hey-api, orval and kubb alike): the children of
 * `<Response>` as properties, a wrapped list (`<Items><Item/>…</Items>`) as an array, a
 * repeated `<Item>` as an array even when one is present, and every value as the text
 * the XML carries (`Page: string`), as the schemas say. src/recipes.test.ts and
 * test/clients/answer-types.ts hold these types equal to each generator's own.
 */

/** One bucket of viewing in a stats answer: `date` `DD.MM.YYYY` (hours: `DD.MM.YYYY HH:00`), `time` in ms. */
export interface StatsAnswerItem {
  date: string;
  time: string;
  time_dim?: string;
}

/** What `getStats` (`project`, `target`) answers: the document's `StatsResponse`. */
export interface StatsAnswer {
  Period?: string;
  Start?: string;
  End?: string;
  GroupBy: 'day' | 'hour';
  SourceType: 'project' | 'media';
  Page: string;
  PageLimit: string;
  PageCount: string;
  ItemCount: string;
  ItemFormat?: unknown;
  Items?: StatsAnswerItem[];
  Status?: 'Success';
}

/** One customer session: `Start` is `YYYY-MM-DD HH:mm:ss`, Moscow time. */
export interface SessionsAnswerItem {
  Place: string;
  ip: string;
  Country: string;
  UserAgent: string;
  Start: string;
  LeftActivations: string;
}

/** What `getSessions` (`session`) answers: the document's `SessionsResponse`. */
export interface SessionsAnswer {
  Item?: SessionsAnswerItem[];
  Status?: 'Success';
}

/** An error answer, sent with HTTP 200: the document's `FailedResponse`. */
export interface FailedAnswer {
  Status: 'Failed';
  Message?: string;
}

/** Each operation of the document and what its 200 answer is. */
export interface Answers {
  getStats: StatsAnswer | FailedAnswer;
  getSessions: SessionsAnswer | FailedAnswer;
}

export type OperationId = keyof Answers;

const operations = httpOperations();

/** The spec's declaration whose codec reads the operation's answers (its methods share one). */
function methodOf(operationId: string): MethodSpec {
  const method = operations.find((operation) => operation.operationId === operationId)?.methods[0];
  if (method === undefined) throw new TypeError(`no operation ${operationId} in the document`);
  return method;
}

/**
 * The operation a request URL (or a path, as a generator's template: `/stats`) is for:
 * its path is the end of the URL's path, whatever server prefix comes before it.
 */
export function operationAt(url: string): OperationId | undefined {
  const { pathname } = new URL(url, 'http://localhost');
  const found = operations.find(({ path }) => pathname.endsWith(path));
  return found?.operationId as OperationId | undefined;
}

/**
 * `{ Item: [...] }` as the array it holds: the parser's reading of a wrapper element,
 * which the document describes as an array (`xml.wrapped`), as its generator does.
 */
function documented(body: Record<string, unknown>): StatsAnswer | SessionsAnswer {
  const [item] = xmlLayout.arrayElements;
  return Object.fromEntries(
    Object.entries(body).map(([name, value]) => {
      const keys = typeof value === 'object' && value !== null ? Object.keys(value) : [];
      const list =
        keys.length === 1 && keys[0] === item ? (value as Record<string, unknown>)[item] : value;
      return [name, list];
    }),
  );
}

/**
 * The XML text of one answer of `operationId` as the object the document describes,
 * the one each generator's types say it hands back: the client's own reading (parser
 * and the spec's codec, `@boomstream/client/decode`), written back by the same codec
 * into the document's wire shape. Either spelling the decoders accept comes out as the
 * document's (`IP` → `ip`, `CreatedAt` → `Start`; sessions wrapped in `<Items>` →
 * `Item`), and a `time_dim` that cannot be read as the hours of `time`. A `Failed`
 * answer is the document's `FailedResponse`. Throws `BoomstreamDecodeError` on a body
 * that is not the operation's XML, and a `TypeError` on an unknown operationId.
 */
export function decodeAnswer<Id extends OperationId>(text: string, operationId: Id): Answers[Id];
export function decodeAnswer(text: string, operationId: OperationId): Answers[OperationId] {
  const method = methodOf(operationId);
  // Only a session page needs it, and its answer does not restate it; nothing written back depends on it.
  const decoded = decodeBody(method, text, FIRST_PAGE);
  if (decoded.status === 'invalid') {
    throw new BoomstreamDecodeError(`${operationId}: ${decoded.reason}`, { method: operationId });
  }
  if (decoded.status === 'failed') {
    const { message } = decoded;
    // The codec leaves `Message` out when there is none, as `FailedAnswer` says.
    return failedResponse.encode(message === undefined ? {} : { message }) as FailedAnswer;
  }
  const codec: ResponseCodec = method.response;
  // The codec writes what it reads: the document's schema is generated from the same one.
  const { body } = codec.encode(decoded.page) as { body: Record<string, unknown> };
  return documented(body);
}
