import { addDays } from './calendar.js';
import type { MethodSpec } from './method.js';

type Resolved = Record<string, string | number>;

/**
 * `params` with every absent parameter set as the server would set it, given
 * Moscow's `today`. Defaults known only to the server (the key's own project)
 * stay absent. The mock applies this; a client never does.
 */
export function applyServerDefaults(
  method: MethodSpec,
  params: Readonly<Resolved>,
  today: string,
): Resolved {
  const resolved: Resolved = { ...params };
  const pending = Object.entries(method.params).filter(([name]) => resolved[name] === undefined);
  // Two passes: a default relative to another parameter (start from end) waits for it.
  for (let pass = 0; pass < 2; pass++) {
    for (const [name, { serverDefault }] of pending) {
      if (resolved[name] !== undefined || !serverDefault) continue;
      if ('value' in serverDefault) resolved[name] = serverDefault.value;
      else if ('todayPlusDays' in serverDefault)
        resolved[name] = addDays(today, serverDefault.todayPlusDays);
      else if ('daysBefore' in serverDefault) {
        const anchor = resolved[serverDefault.daysBefore.param];
        if (typeof anchor === 'string')
          resolved[name] = addDays(anchor, -serverDefault.daysBefore.days);
      }
    }
  }
  return resolved;
}
