import { subscribe, unsubscribe } from 'node:diagnostics_channel';

interface RequestMessage {
  readonly request: { readonly origin?: unknown };
}

/**
 * Counts the client's requests to `origin` from the moment undici creates each to its
 * end (complete or failed), through undici's diagnostics channels. Unlike a server's
 * count, this cannot miss a request still connecting.
 */
export function trackInFlight(origin: string) {
  const expected = new URL(origin).origin;
  let current = 0;
  let max = 0;
  const ours = (message: unknown) =>
    String((message as RequestMessage).request.origin) === expected;
  const created = (message: unknown) => {
    if (!ours(message)) return;
    current += 1;
    max = Math.max(max, current);
  };
  const ended = (message: unknown) => {
    if (ours(message)) current -= 1;
  };
  subscribe('undici:request:create', created);
  subscribe('undici:request:trailers', ended);
  subscribe('undici:request:error', ended);
  return {
    max: () => max,
    current: () => current,
    stop: () => {
      unsubscribe('undici:request:create', created);
      unsubscribe('undici:request:trailers', ended);
      unsubscribe('undici:request:error', ended);
    },
  };
}
