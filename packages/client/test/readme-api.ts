import { addDays, hoursOf, type SessionItem } from '@boomstream/spec';

import { sendXml, startServer, type SeenRequest } from './server.js';
import { sessionXml, statsXml } from './xml.js';

/** The key and media code the README's examples use against `startReadmeApi`. */
export const README_API_KEY = 'readme-key';
const KNOWN_CODE = 'AbCd1234';
const HOURS_IN_RANGE = 2500;

const session: SessionItem = {
  place: 'Media name',
  ip: '192.168.0.1',
  country: 'Russia',
  userAgent: 'Mozilla/5.0',
  createdAt: '2020-09-09T11:35:28+03:00',
  leftActivations: 1,
};

const failed = (message: string) =>
  `<Response><Status>Failed</Status><Message>${message}</Message></Response>`;

/**
 * A small, predictable Boomstream for the README's examples: a day of viewing per
 * day asked for (day n of the range: n hours), 2500 hours in 3 pages for `group=hour`,
 * one session, `Media not found` for any code but AbCd1234.
 */
export function startReadmeApi() {
  return startServer((request, response) => {
    sendXml(response, answer(request));
  });
}

/** The XML the README's Boomstream answers `request` with. */
function answer(request: SeenRequest): string {
  const query = request.query;
  const key = query.get('apikey') ?? request.headers.authorization?.replace(/^Bearer /, '');
  if (key !== README_API_KEY) return failed('Invalid API key');
  const code = query.get('code');
  if (code !== null && code !== KNOWN_CODE) return failed('Media not found');
  const page = Number(query.get('page') ?? '1');
  if (request.path.endsWith('/ppv/sessions')) {
    return sessionXml(page === 1 ? [session] : []);
  }
  const end = query.get('end') ?? '2024-06-30';
  const start = query.get('start') ?? addDays(end, -6);
  const hourly = query.get('group') === 'hour';
  const pageLimit = 1000;
  const itemCount = hourly
    ? HOURS_IN_RANGE
    : Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000) + 1;
  const pageCount = Math.ceil(itemCount / pageLimit);
  const first = (page - 1) * pageLimit;
  const items = Array.from(
    { length: Math.max(0, Math.min(pageLimit, itemCount - first)) },
    (_, i) => {
      const n = first + i;
      const date = hourly
        ? `${addDays(start, Math.floor(n / 24))}T${String(n % 24).padStart(2, '0')}:00`
        : addDays(start, n);
      const timeMs = (hourly ? 60_000 : 3_600_000) * (n + 1);
      return { date, timeMs, hours: hoursOf(timeMs) };
    },
  );
  return statsXml({
    period: { start, end },
    groupBy: hourly ? 'hour' : 'day',
    sourceType: code === null ? 'project' : 'media',
    page,
    pageLimit,
    pageCount,
    itemCount,
    items,
  });
}
