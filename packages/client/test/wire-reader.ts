/**
 * A second reader of Boomstream's XML, written with nothing but regular expressions
 * and the reference's own formats, so that tests of the client can compute what an
 * answer holds without the client's decoder (`decodeBody`). It reads only the
 * well-formed, entity-free answers the fixtures hold.
 */

/** The text of the first `<name>…</name>` in `xml`. */
function one(xml: string, name: string): string | undefined {
  return new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1]?.trim();
}

/** Like `one`, for an element the answer must have. */
function must(xml: string, name: string): string {
  const text = one(xml, name);
  if (text === undefined) throw new Error(`no <${name}> in ${xml.slice(0, 80)}`);
  return text;
}

/** The first group of `pattern` in `text`, which must match. */
function matched(pattern: RegExp, text: string): RegExpExecArray {
  const match = pattern.exec(text);
  if (!match) throw new Error(`${JSON.stringify(text)} does not match ${String(pattern)}`);
  return match;
}

/** `23.12.2019` → `2019-12-23`; `23.12.2019 14:00` → `2019-12-23T14:00`. */
function isoOfWireDate(text: string): string {
  const [, day, month, year, hour] = matched(/^(\d\d)\.(\d\d)\.(\d{4})(?: (\d\d:\d\d))?$/, text);
  return `${year}-${month}-${day}${hour === undefined ? '' : `T${hour}`}`;
}

/** The `<Item>` elements of an answer, each as its own XML. */
function items(xml: string): string[] {
  return [...xml.matchAll(/<Item>([\s\S]*?)<\/Item>/g)].map((m) => m[1] ?? '');
}

export type WireAnswer =
  | { readonly kind: 'failed'; readonly message: string | undefined }
  | { readonly kind: 'stats'; readonly page: Record<string, unknown> }
  | { readonly kind: 'session'; readonly items: readonly Record<string, unknown>[] };

/** What an answer says, read by the reference's formats (docs/api.md), not by the client. */
export function readWire(xml: string): WireAnswer {
  if (one(xml, 'Status') === 'Failed') return { kind: 'failed', message: one(xml, 'Message') };
  if (one(xml, 'GroupBy') === undefined) {
    return {
      kind: 'session',
      items: items(xml).map((item) => ({
        place: one(item, 'Place'),
        ip: one(item, 'ip'),
        country: one(item, 'Country'),
        userAgent: one(item, 'UserAgent'),
        createdAt: `${must(item, 'Start').replace(' ', 'T')}+03:00`,
        leftActivations: Number(one(item, 'LeftActivations')),
      })),
    };
  }
  return {
    kind: 'stats',
    page: {
      period: { start: isoOfWireDate(must(xml, 'Start')), end: isoOfWireDate(must(xml, 'End')) },
      groupBy: one(xml, 'GroupBy'),
      sourceType: one(xml, 'SourceType'),
      page: Number(one(xml, 'Page')),
      pageLimit: Number(one(xml, 'PageLimit')),
      pageCount: Number(one(xml, 'PageCount')),
      itemCount: Number(one(xml, 'ItemCount')),
      items: items(xml).map((item) => ({
        date: isoOfWireDate(must(item, 'date')),
        timeMs: Number(one(item, 'time')),
        hours: Number(matched(/^([\d.]+) hours$/, must(item, 'time_dim'))[1]),
      })),
    },
  };
}
