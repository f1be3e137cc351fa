import { BoomstreamClient } from '@boomstream/client';

// The key comes from BOOMSTREAM_API_KEY when the options do not set one.
const client = new BoomstreamClient();

const week = await client.stats.project({ start: '2024-06-24', end: '2024-06-30', group: 'day' });
console.log(week.items.length, week.pageCount); // → 7 1
console.log(week.items[0]); // → { date: '2024-06-24', timeMs: 158732397, hours: 44.09 }

const media = await client.stats.target({ code: 'PTwre8RB' });
console.log(media.sourceType, media.period); // → media { start: '2024-06-23', end: '2024-06-30' }

const sessions = await client.stats.session({ code: 'PTwre8RB', hash: 'UK7uXycsM2f3' });
console.log(sessions.items[0]?.createdAt); // → 2024-06-30T03:15:06+03:00
