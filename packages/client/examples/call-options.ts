import { BoomstreamClient } from '@boomstream/client';

const client = new BoomstreamClient({
  timeoutMs: 10_000, // per attempt, from sending to the last byte
  maxRetries: 3, //     connection errors, timeouts, 408, 409, 429 and 5xx only
  logger: console, //   one debug line per attempt, secrets hidden
});

// Each call may override both, and take an AbortSignal.
const page = await client.stats.project(
  { group: 'day' },
  { signal: AbortSignal.timeout(60_000), timeoutMs: 5_000, maxRetries: 0 },
);
console.log(page.groupBy, page.itemCount); // → day 7
