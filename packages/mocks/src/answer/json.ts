import {
  failedResponse,
  methods,
  type MethodName,
  type MethodSpec,
  type PageOfKind,
} from '@boomstream/spec';

/** What a `format=json` answer is sent as. */
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/**
 * The JSON of a wire body: the object a spec codec encodes to (the one the XML is
 * built from), fields in wire order at the top level, with no `Response` wrapper,
 * every text a string. `JSON.stringify` is the only JSON writer: the assumption
 * `json-format` of docs/api.md says what it sends.
 */
function buildJson(body: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(body);
}

/** A `Failed` answer as JSON: `{"Status":"Failed","Message":…}`. */
export function failedJson(message?: string): string {
  return buildJson(failedResponse.encode(message === undefined ? {} : { message }));
}

/** A page as JSON, encoded by the method's response codec as `encodePage` encodes it for XML. */
export function encodePageJson(method: MethodName, page: object): string {
  const { response }: MethodSpec = methods[method];
  // The codec of the method's kind checks the page, not this cast.
  return buildJson(response.encode(page as PageOfKind<'stats'> & PageOfKind<'sessions'>).body);
}
