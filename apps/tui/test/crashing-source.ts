import type { QueryParams } from '../src/data/source.js';
import { fakeSource, type FakeSource } from './fake-source.js';

/** `item` with every field turned into a getter that throws, with a message that echoes `echo`. */
function poisoned<T extends object>(item: T, echo: string): T {
  const fail = () => {
    throw new Error(`cannot draw a row of ${echo}`);
  };
  return Object.defineProperties(
    { ...item },
    Object.fromEntries(Object.keys(item).map((key) => [key, { get: fail, enumerable: true }])),
  );
}

/**
 * A fake source whose rows crash the results screen as it draws them, with an error
 * message that echoes the query: by default every parameter's value.
 */
export function crashingSource(
  echoOf: (params: QueryParams) => string = (params) => Object.values(params).join(' '),
  secrets?: readonly string[],
): FakeSource {
  const base = fakeSource();
  return fakeSource({
    ...(secrets && { secrets }),
    page: async (method, params, signal) => {
      const answer = await base.page(method, params, signal);
      const echo = echoOf(params);
      return answer.kind === 'stats'
        ? {
            ...answer,
            page: { ...answer.page, items: answer.page.items.map((item) => poisoned(item, echo)) },
          }
        : {
            ...answer,
            page: { ...answer.page, items: answer.page.items.map((item) => poisoned(item, echo)) },
          };
    },
  });
}
