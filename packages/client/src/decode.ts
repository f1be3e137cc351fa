import { isFailed, xmlLayout, type MethodSpec } from '@boomstream/spec';
import { XMLParser } from 'fast-xml-parser';
import type { z } from 'zod';

const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/**
 * Entity processing is off in the parser (a DOCTYPE could declare expanding
 * entities); the five predefined ones and character references are safe and
 * real text uses them (`AT&amp;T`), so they are decoded here.
 */
function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi,
    (whole, hex?: string, dec?: string, name?: string) => {
      if (name !== undefined) return PREDEFINED_ENTITIES[name.toLowerCase()] ?? whole;
      const codePoint = Number.parseInt(hex ?? dec ?? '', hex === undefined ? 10 : 16);
      return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole;
    },
  );
}

const parser = new XMLParser({
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Values stay text: the spec's codecs type them ("0012" must not become 12).
  parseTagValue: false,
  processEntities: false,
  trimValues: true,
  tagValueProcessor: (_name, value) => decodeEntities(value),
  isArray: (name) => (xmlLayout.arrayElements as readonly string[]).includes(name),
});

export type DecodedBody<M extends MethodSpec> =
  | { readonly status: 'success'; readonly page: z.output<M['response']> }
  | { readonly status: 'failed'; readonly message: string | undefined }
  | { readonly status: 'invalid'; readonly reason: string };

/** Parses an answer's XML and decodes it with the method's spec; never throws. */
export function decodeBody<M extends MethodSpec>(
  method: M,
  xml: string,
  requestedPage: number,
): DecodedBody<M> {
  let document: unknown;
  try {
    // Well-formedness is checked first: a truncated body must not decode to fewer items.
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- its replacement is a separate package (fast-xml-validator), not yet weighed
    document = parser.parse(xml, true);
  } catch (error) {
    return {
      status: 'invalid',
      reason: `not well-formed XML (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  const body = (document as Record<string, unknown> | undefined)?.[xmlLayout.root];
  if (typeof body !== 'object' || body === null) {
    return { status: 'invalid', reason: `no <${xmlLayout.root}> element` };
  }
  if (isFailed(body)) return { status: 'failed', message: body.Message };
  const decoded = method.response.safeParse({ requestedPage, body });
  if (!decoded.success) {
    const first = decoded.error.issues[0];
    return {
      status: 'invalid',
      reason: `${first?.path.join('.') ?? ''}: ${first?.message ?? 'unexpected shape'}`,
    };
  }
  return { status: 'success', page: decoded.data as z.output<M['response']> };
}
