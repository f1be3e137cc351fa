import { BoomstreamClient } from '@boomstream/client';

const client = new BoomstreamClient();
const year = { start: '2024-01-01', end: '2024-12-31', group: 'hour' } as const;

// Page 1 first, then the rest 4 at a time; items come back in page order.
const items = await client.stats.project.all(year, {
  concurrency: 4,
  onProgress: ({ page, pageCount }) => {
    console.log(`read ${page} of ${pageCount} pages`);
  },
});
// → read 1 of 3 pages
// → read 2 of 3 pages
// → read 3 of 3 pages
console.log(items.length, items[0]?.date, items.at(-1)?.date); // → 2500 2024-01-01T00:00 2024-04-14T03:00

// One item at a time, one request at a time; `break` stops reading.
for await (const item of client.stats.project.iterate(year)) {
  if (item.timeMs >= 3_600_000) {
    console.log('first hour with an hour of viewing:', item.date); // → first hour with an hour of viewing: 2024-01-03T11:00
    break;
  }
}

// Whole pages, for sessions too (they end at a page of fewer than 100).
for await (const page of client.stats.session.pages({
  code: 'AbCd1234',
  hash: 'customer-password',
})) {
  console.log(page.page, page.items.length); // → 1 1
}
