import {
  methods,
  STATS_ITEM_FORMAT,
  wireDayText,
  wirePeriodText,
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

/** `<name>text</name>` on its own line, as the builder writes a leaf; `text` needs no escaping. */
const leaf = (name: string, text: string | number) => `<${name}>${text}</${name}>\n`;

const ROOT_OPEN = `<${xmlLayout.root}>\n`;
const ITEMS_OPEN = '<Items>\n';
const EMPTY_ITEMS = '<Items/>\n';
const SUCCESS_END = `${leaf('Status', 'Success')}</${xmlLayout.root}>\n`;
const ITEM_FORMAT = `<ItemFormat>\n${Object.entries(STATS_ITEM_FORMAT)
  .map(([name, text]) => leaf(name, text))
  .join('')}</ItemFormat>\n`;

/**
 * A page's XML around its items' XML, written from strings as the codec lays it
 * out (its dates, enums and counts need no escaping): no zod, no builder per answer.
 */
const frames: Record<MethodName, (page: PageLike, items: string) => string> = {
  project: (page, items) => statsFrame(page as StatsPage, items),
  target: (page, items) => statsFrame(page as StatsPage, items),
  session: (_page, items) => ROOT_OPEN + items + SUCCESS_END,
};

function statsFrame(page: StatsPage, items: string): string {
  return (
    ROOT_OPEN +
    leaf('Period', wirePeriodText(page.period)) +
    leaf('Start', wireDayText(page.period.start)) +
    leaf('End', wireDayText(page.period.end)) +
    leaf('GroupBy', page.groupBy) +
    leaf('SourceType', page.sourceType) +
    leaf('Page', page.page) +
    leaf('PageLimit', page.pageLimit) +
    leaf('PageCount', page.pageCount) +
    leaf('ItemCount', page.itemCount) +
    ITEM_FORMAT +
    (items === '' ? EMPTY_ITEMS : `${ITEMS_OPEN}${items}</Items>\n`) +
    SUCCESS_END
  );
}

/**
 * The same bytes as `encodePage`, for pages of the world (valid by construction,
 * never a handler's): each item's XML is encoded once through the codec and
 * cached by item, the page's own elements are written from strings, and the
 * answer is joined. A property test holds these bytes to the codec's for any query.
 */
export function joinPage(method: MethodName, page: PageLike): string {
  const known = fragments[method];
  // One join allocates the items' XML at its size at once, where `+=` would build a
  // rope of a thousand pieces to flatten when the answer is written.
  const items: string[] = [];
  for (const item of page.items) {
    const xml = known.get(item);
    if (xml === undefined) {
      encodeMissing(method, page);
      return joinPage(method, page);
    }
    items.push(xml);
  }
  return frames[method](page, items.join(''));
}
