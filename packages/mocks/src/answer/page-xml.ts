import {
  methods,
  xmlLayout,
  type MethodName,
  type SessionPage,
  type StatsPage,
} from '@boomstream/spec';

import { buildXml } from './xml.js';

/** A page the spec's codec takes: its `items` decoded. */
export interface PageLike {
  readonly items: readonly object[];
}

/** A page's wire XML through the method's codec: the checked path, and the oracle of the fast one. */
export const encodePage: Record<MethodName, (page: object) => string> = {
  project: (page) => buildXml(methods.project.response.encode(page as StatsPage).body),
  target: (page) => buildXml(methods.target.response.encode(page as StatsPage).body),
  session: (page) => buildXml(methods.session.response.encode(page as SessionPage).body),
};

const ITEM_OPEN = `<${xmlLayout.arrayElements[0]}>`;
const ITEM_CLOSE = `</${xmlLayout.arrayElements[0]}>\n`;

/** Where the items of a page's XML begin and end: one element per line, `Item` never nested. */
function itemsSpan(xml: string): readonly [number, number] {
  return [xml.indexOf(ITEM_OPEN), xml.lastIndexOf(ITEM_CLOSE) + ITEM_CLOSE.length];
}

/** Each item's XML inside a page of `method`, by item: the world's items are encoded once, on first use. */
const fragments: Record<MethodName, WeakMap<object, string>> = {
  project: new WeakMap(),
  target: new WeakMap(),
  session: new WeakMap(),
};

/** Encodes, in one pass through the codec, the items of `page` not encoded yet. */
function encodeMissing(method: MethodName, page: PageLike): void {
  const known = fragments[method];
  const missing = page.items.filter((item) => !known.has(item));
  if (missing.length === 0) return;
  const xml = encodePage[method]({ ...page, items: missing });
  const [from, to] = itemsSpan(xml);
  let start = from;
  for (const item of missing) {
    const end = xml.indexOf(ITEM_CLOSE, start) + ITEM_CLOSE.length;
    known.set(item, xml.slice(start, end));
    start = end;
  }
  if (start !== to) throw new Error(`${method}: the codec's items do not split into one per item`);
}

/**
 * The same bytes as `encodePage`, for items that are valid by construction (the
 * world's, never a handler's): the items' XML is cached by item, the page's own
 * elements come from the codec encoding the page with its first item only, and
 * the answer is joined from strings. An empty page takes the codec's path.
 */
export function joinPage(method: MethodName, page: PageLike): string {
  const [first] = page.items;
  if (first === undefined) return encodePage[method](page);
  encodeMissing(method, page);
  const frame = encodePage[method]({ ...page, items: [first] });
  const [from, to] = itemsSpan(frame);
  const known = fragments[method];
  let items = '';
  for (const item of page.items) items += known.get(item) ?? '';
  return frame.slice(0, from) + items + frame.slice(to);
}
