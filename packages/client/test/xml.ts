import { sessionResponse, statsResponse, type SessionItem, type StatsPage } from '@boomstream/spec';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Serialises a parsed-XML shape (objects, arrays of repeated elements, text) back to XML. */
export function toXml(name: string, value: unknown): string {
  if (Array.isArray(value)) return value.map((element) => toXml(name, element)).join('');
  if (typeof value === 'object' && value !== null) {
    const children = Object.entries(value)
      .map(([child, content]) => toXml(child, content))
      .join('');
    return `<${name}>${children}</${name}>`;
  }
  return `<${name}>${escape(String(value))}</${name}>`;
}

/** A stats answer built by the spec's own encoder, as Boomstream would send it. */
export function statsXml(page: StatsPage): string {
  return toXml('Response', statsResponse.encode(page).body);
}

/** A session answer built by the spec's own encoder. */
export function sessionXml(items: readonly SessionItem[]): string {
  return toXml('Response', sessionResponse.encode({ page: 1, items: [...items] }).body);
}

/** `count` hourly items from 2024-01-01T00:00 on, each `index + 1` seconds of viewing. */
export function hourlyItems(count: number, offset = 0): StatsPage['items'] {
  return Array.from({ length: count }, (_, i) => {
    const index = offset + i;
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(index / 24) * 86_400_000);
    const date = `${day.toISOString().slice(0, 10)}T${String(index % 24).padStart(2, '0')}:00`;
    const timeMs = (index + 1) * 1000;
    return { date, timeMs, hours: Math.round(timeMs / 36_000) / 100 };
  });
}

/** Page `page` of `pageCount` pages of hourly stats, `pageLimit` items each (the last one may be short). */
export function hourlyPage(
  page: number,
  pageCount: number,
  pageLimit = 3,
  itemCount = pageCount * pageLimit,
): StatsPage {
  const from = (page - 1) * pageLimit;
  return {
    period: { start: '2024-01-01', end: '2024-12-31' },
    groupBy: 'hour',
    sourceType: 'project',
    page,
    pageLimit,
    pageCount,
    itemCount,
    items: page > pageCount ? [] : hourlyItems(Math.min(pageLimit, itemCount - from), from),
  };
}
