import { addDays, hoursOf, methods } from '@boomstream/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { createWorld } from '../world/index.js';
import {
  answerRequest,
  itemsAnswer,
  resolveRequest,
  worldItems,
  type ApiRequest,
} from './answer.js';
import { failedXml } from './xml.js';
import { viewingItems } from './stats.js';

const today = '2024-06-30';
const world = createWorld({ seed: 5, today, now: new Date('2024-06-30T14:20:00+03:00') });
const project = world.projects[0]!;
const otherProject = world.projects[1]!;
const codes = project.media.map(({ code }) => code);
const { customers } = project;

/** A day from before the world's history to after its today. */
const dayArb = fc.integer({ min: -740, max: 5 }).map((offset) => addDays(today, offset));
/** A range: mostly in order, sometimes empty of viewing (outside the history) or reversed. */
const rangeArb = fc.oneof(
  {
    arbitrary: fc
      .tuple(dayArb, fc.integer({ min: 0, max: 800 }))
      .map(([start, days]) => ({ start, end: addDays(start, days) })),
    weight: 6,
  },
  fc.record({ start: dayArb, end: dayArb }),
  fc.constant({ start: '2010-01-01', end: '2010-12-31' }),
);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const commonArb = fc.record({
  range: optional(rangeArb),
  order: optional(fc.constantFrom('asc', 'desc')),
  page: optional(
    fc.oneof({ arbitrary: fc.constant(1), weight: 8 }, fc.integer({ min: 2, max: 20 })),
  ),
});
const statsArb = fc.record({
  path: fc.constant(methods.project.path),
  group: optional(fc.constantFrom('day', 'hour')),
  project: optional(fc.constantFrom('all', otherProject.key, project.key, 'no-such-project')),
  code: optional(
    fc.oneof({ arbitrary: fc.constantFrom(...codes), weight: 4 }, fc.constant('NOTACODE')),
  ),
});
const sessionArb = fc.record({
  path: fc.constant(methods.session.path),
  code: fc.constantFrom(...customers.map(({ code }) => code)),
  hash: fc.oneof(
    { arbitrary: fc.constantFrom(...customers.map(({ hash }) => hash)), weight: 4 },
    fc.constant('f'.repeat(32)),
  ),
});

/** A request of any method with any mix of the parameters. */
const requestArb = fc
  .tuple(commonArb, fc.oneof(statsArb, sessionArb))
  .map(([{ range, order, page }, { path, ...rest }]): ApiRequest => {
    const query = new URLSearchParams({ apikey: project.key });
    const params = { ...range, order, page, ...rest };
    for (const [name, value] of Object.entries(params)) {
      if (value !== undefined) query.set(name, String(value));
    }
    return { path, query };
  });

/** The answer with every page encoded through the spec's codecs, as before the fast path. */
function codecAnswer(request: ApiRequest): string {
  const resolution = resolveRequest(world, request);
  if ('answer' in resolution) return resolution.answer.body;
  const outcome = worldItems[resolution.call.method](world, resolution.call);
  if ('failed' in outcome) return failedXml(outcome.failed);
  // Fresh copies: nothing of the fast path's caches can reach the oracle.
  const items = outcome.items.map((item) => ({ ...(item as object) }));
  return itemsAnswer(resolution.call, items).body;
}

describe('the world answers by joining cached item XML', () => {
  it('sends the same bytes as the spec codecs for any query (methods, groups, orders, pages, ranges, project=all, sessions)', () => {
    const kinds = new Set<string>();
    let withItems = 0;
    fc.assert(
      fc.property(requestArb, (request) => {
        const body = answerRequest(world, request).body;
        expect(body).toBe(codecAnswer(request));
        if (body.includes('<Item>')) {
          withItems++;
          const group =
            request.path === methods.project.path ? ` ${request.query.get('group') ?? 'day'}` : '';
          kinds.add(`${request.path}${group}`);
        }
      }),
      { numRuns: 600 },
    );
    // The queries reach pages with items of every kind, not only refusals and empty pages.
    expect(withItems).toBeGreaterThan(100);
    expect([...kinds].sort()).toEqual(
      [methods.session.path, `${methods.project.path} day`, `${methods.project.path} hour`].sort(),
    );
  });

  it('reads a series from its cached items exactly as its buckets, any range and group', () => {
    fc.assert(
      fc.property(rangeArb, fc.constantFrom('day', 'hour'), ({ start, end }, group) => {
        const expected = project.viewing
          .buckets(start, end, group)
          .map(({ date, timeMs }) => ({ date, timeMs, hours: hoursOf(timeMs) }));
        expect(viewingItems(project.viewing, { start, end, group })).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
