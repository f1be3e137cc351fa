import {
  BoomstreamApiError,
  BoomstreamClient,
  BoomstreamError,
  BoomstreamValidationError,
} from '@boomstream/client';

const client = new BoomstreamClient();

try {
  await client.stats.target({ code: 'ZZZZ0000' });
} catch (error) {
  // Boomstream says `Failed` with HTTP 200; the client turns it into an error.
  if (error instanceof BoomstreamApiError) console.log(error.apiMessage); // → Media not found
  // Every error names the method and a URL with the secrets hidden.
  if (error instanceof BoomstreamError) console.log(error.method, new URL(error.url ?? '').search); // → target ?code=ZZZZ0000&apikey=***
}

try {
  await client.stats.project({ start: '2024-02-30', group: 'week' as 'day' });
} catch (error) {
  // Bad parameters never leave the process.
  if (error instanceof BoomstreamValidationError) {
    for (const { param, message } of error.issues) console.log(`${param} ${message}`);
  }
}
// → start must be a calendar date as YYYY-MM-DD
// → group must be one of: day, hour

// One `code` per class, for a switch.
const failure = await client.stats.target({ code: 'short' }).catch((error: unknown) => error);
if (failure instanceof BoomstreamError) {
  switch (failure.code) {
    case 'validation': // BoomstreamValidationError: bad parameters or options, nothing sent
    case 'api': //        BoomstreamApiError: Status Failed (.apiMessage)
    case 'http': //       BoomstreamHttpError: a status other than 2xx (.status)
    case 'connection': // BoomstreamConnectionError: refused, reset, DNS, proxy
    case 'timeout': //    BoomstreamTimeoutError: an attempt took longer than timeoutMs
    case 'abort': //      BoomstreamAbortError: your signal aborted the call
    case 'decode': //     BoomstreamDecodeError: not the XML the method answers
      console.log(failure.name); // → BoomstreamValidationError
  }
}
