import {
  isFailed,
  methods,
  xmlLayout,
  type MethodName,
  type MethodSpec,
  type Methods,
  type ResponseCodec,
} from '@boomstream/spec';
import { z } from 'zod';

import { parseXml } from './internal/xml.js';

/** What an answer's body says: a page, a `Status` Failed, or something that is not the method's XML. */
export type DecodedBody<M extends MethodSpec> =
  | { readonly status: 'success'; readonly page: z.output<M['response']> }
  | { readonly status: 'failed'; readonly message: string | undefined }
  | { readonly status: 'invalid'; readonly reason: string };

/**
 * The parsed `<Response>` without the API notes decoders ignore (`Version`,
 * `Versions`). An empty one (`<Response/>`, `<Response></Response>`) parses as `''`
 * and is an element with no children: for sessions, an empty page.
 */
function responseElement(document: unknown): Record<string, unknown> | undefined {
  const parsed = (document as Record<string, unknown> | undefined)?.[xmlLayout.root];
  const body = parsed === '' ? {} : parsed;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const ignored: readonly string[] = xmlLayout.ignoredElements;
  if (!ignored.some((name) => Object.hasOwn(body, name))) return body as Record<string, unknown>;
  return Object.fromEntries(Object.entries(body).filter(([name]) => !ignored.includes(name)));
}

/** The response codecs a process has decoded with once, and those it has compiled. */
const usedOnce = new WeakSet<ResponseCodec>();
const compiled = new WeakMap<ResponseCodec, ResponseCodec>();

/**
 * `codec.safeParse(input)`, as cheaply as the process's use of the codec allows.
 * The first time, without zod's generated fast paths (`jitless`): generating them
 * costs more than one small page takes to decode. From the second, with the codec
 * as zod compiles it (`z.compile`), checked by generated code that hands anything
 * it refuses to the runtime parser, so errors stay the codec's. A process that
 * makes one call (a script, a CLI) never pays for code generation; one that makes
 * many pays once.
 */
function decodeWith<C extends ResponseCodec>(
  codec: C,
  input: { requestedPage: number; body: Record<string, unknown> },
): z.ZodSafeParseResult<z.output<C>> {
  // The map holds each codec's own compiled clone, of its own type.
  let fast = compiled.get(codec) as C | undefined;
  if (fast === undefined) {
    if (!usedOnce.has(codec)) {
      usedOnce.add(codec);
      return codec.safeParse(input, { jitless: true });
    }
    fast = z.compile(codec);
    compiled.set(codec, fast);
  }
  return fast.safeParse(input);
}

/**
 * The issue a person can act on. A union (`<Items/>` or a list; a day or an hour)
 * reports only "Invalid input" where it starts; the rule broken is in the branch
 * that got furthest, and branches as far say "or".
 */
function deepest(issue: z.core.$ZodIssue): { path: PropertyKey[]; message: string } {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) {
    return { path: issue.path, message: issue.message };
  }
  const found = issue.errors.flat().map((inner) => {
    const { path, message } = deepest(inner);
    return { path: [...issue.path, ...path], message };
  });
  const depth = Math.max(...found.map(({ path }) => path.length));
  const furthest = found.filter(({ path }) => path.length === depth);
  const messages = [...new Set(furthest.map(({ message }) => message))];
  return { path: furthest[0]?.path ?? issue.path, message: messages.join(', or ') };
}

/**
 * Decodes the XML text of one answer of a method (its name, or its declaration in
 * `@boomstream/spec`), the way the client does. `requestedPage` is the page asked
 * for: session answers do not repeat it. Never throws. A caller that shows `reason`
 * or `message` redacts them first: both may echo what the server sent.
 */
export function decodeBody<N extends MethodName>(
  method: N,
  xml: string,
  requestedPage: number,
): DecodedBody<Methods[N]>;
export function decodeBody<M extends MethodSpec>(
  method: M,
  xml: string,
  requestedPage: number,
): DecodedBody<M>;
export function decodeBody(
  method: MethodName | MethodSpec,
  xml: string,
  requestedPage: number,
): DecodedBody<MethodSpec> {
  const spec: MethodSpec = typeof method === 'string' ? methods[method] : method;
  let document: unknown;
  try {
    document = parseXml(xml);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { status: 'invalid', reason: `not well-formed XML (${detail})` };
  }
  const body = responseElement(document);
  if (body === undefined) return { status: 'invalid', reason: `no <${xmlLayout.root}> element` };
  if (isFailed(body)) {
    const message: unknown = body.Message;
    return { status: 'failed', message: typeof message === 'string' ? message : undefined };
  }
  const decoded = decodeWith(spec.response, { requestedPage, body });
  if (!decoded.success) {
    const [first] = decoded.error.issues;
    const { path, message } = first ? deepest(first) : { path: [], message: 'unexpected shape' };
    const where = path.filter((key) => key !== 'body').join('.');
    return { status: 'invalid', reason: `${where || 'answer'}: ${message}` };
  }
  return { status: 'success', page: decoded.data };
}
