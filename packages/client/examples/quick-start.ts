import { BoomstreamClient } from '@boomstream/client';

// The key comes from BOOMSTREAM_API_KEY when the options do not set one.
const client = new BoomstreamClient();

const week = await client.stats.project({ start: '2024-06-24', end: '2024-06-30', group: 'day' });
console.log(week.items.length, week.pageCount); // → 7 1
console.log(week.items[0]); // → { date: '2024-06-24', timeMs: 3600000, hours: 1 }

const media = await client.stats.target({ code: 'AbCd1234' });
console.log(media.sourceType, media.period); // → media { start: '2024-06-24', end: '2024-06-30' }

const sessions = await client.stats.session({ code: 'AbCd1234', hash: 'customer-password' });
console.log(sessions.items[0]?.createdAt); // → 2020-09-09T11:35:28+03:00
