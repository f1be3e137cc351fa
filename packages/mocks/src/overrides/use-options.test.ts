import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { transports, type RunningMock } from '../../test/transports.js';
import type { MockHandlers, UseOptions } from './overrides.js';

const today = '2024-06-30';
const answer = () => [];

/** What use() is given, as a test could get it wrong (untyped, as from JavaScript). */
const refused: [string, unknown, unknown, RegExp][] = [
  [
    'a handler that is not a function',
    { target: 'days' },
    undefined,
    /^use\(\): handlers\.target must be a function, got "days"$/,
  ],
  [
    'an unknown method',
    { targets: answer },
    undefined,
    /^use\(\): handlers\.targets is not a method; the methods are project, target, session$/,
  ],
  ['handlers that are not an object', answer, undefined, /^use\(\): handlers must be an object/],
  [
    'times that is not whole',
    { target: answer },
    { times: 1.5 },
    /^use\(\): times must be a whole number, got 1\.5$/,
  ],
  ['times below 1', { target: answer }, { times: 0 }, /^use\(\): times must be 1 or more, got 0$/],
  [
    'times that is not a number',
    { target: answer },
    { times: '2' },
    /^use\(\): times must be a whole number, got "2"$/,
  ],
  [
    'once together with times',
    { target: answer },
    { once: true, times: 2 },
    /^use\(\): times cannot go with once/,
  ],
  [
    'once that is not a boolean',
    { target: answer },
    { once: 1 },
    /^use\(\): once must be true or false, got 1$/,
  ],
  [
    'an unknown option',
    { target: answer },
    { time: 2 },
    /^use\(\): time is not an option; the options are once, times, match$/,
  ],
  [
    'match on a parameter the method does not have',
    { project: answer },
    { match: { code: 'AbCd1234' } },
    /^use\(\): match\.code is not a parameter of project; its parameters are /,
  ],
  [
    'match on a parameter no method has',
    { target: answer },
    { match: { nonce: '1' } },
    /^use\(\): match\.nonce is not a parameter of target/,
  ],
  [
    'match on a value the spec refuses',
    { target: answer },
    { match: { code: 'short' } },
    /^use\(\): match\.code is a value target refuses: must be 8 letters or digits, e\.g\. AbCd1234, got "short"$/,
  ],
  [
    'match on a group the spec refuses',
    { project: answer },
    { match: { group: 'week' } },
    /^use\(\): match\.group is a value project refuses: .*, got "week"$/,
  ],
  [
    'match on a page as text, where the mock matches numbers',
    { project: answer },
    { match: { page: '2' } },
    /^use\(\): match\.page is a value project refuses/,
  ],
  [
    'match on a password the spec refuses, the value not shown',
    { session: answer },
    { match: { hash: '   ' } },
    /^use\(\): match\.hash is a value session refuses: .*, got \*\*\*$/,
  ],
  [
    'match that is neither an object nor a predicate',
    { target: answer },
    { match: 'AbCd1234' },
    /^use\(\): match must be an object of parameters or a predicate/,
  ],
];

describe.each(transports)(
  'mock.use() on the $name refuses, at use() time, what it cannot honour',
  (transport) => {
    let running: RunningMock;
    beforeAll(async () => {
      running = await transport.start({ seed: 5, today });
    });
    afterAll(() => running.close());

    it.each(refused)('%s', async (_case, handlers, options, message) => {
      const use = () => running.mock.use(handlers as MockHandlers, options as UseOptions);
      expect(use).toThrow(RangeError);
      expect(use).toThrow(message);
      // Nothing was put in place: the world still answers.
      const code = running.mock.demo.codes[0] ?? '';
      const page = await running.client().stats.target({ code, start: today, end: today });
      expect(page.items).toEqual(running.mock.world.viewing({ code, start: today, end: today }));
      running.mock.reset();
    });

    it('still takes what it can honour: once, times, match on a parameter of every method answered, a predicate', () => {
      const code = running.mock.demo.codes[0] ?? '';
      expect(() => running.mock.use({ target: answer }, { once: true })).not.toThrow();
      expect(() =>
        running.mock.use({ target: answer, session: answer }, { times: 2, match: { code } }),
      ).not.toThrow();
      expect(() =>
        running.mock.use({ project: answer }, { match: { group: 'hour', page: 2 } }),
      ).not.toThrow();
      expect(() => running.mock.use({ project: answer }, { match: () => true })).not.toThrow();
      expect(() =>
        running.mock.use({ target: undefined, project: answer } as unknown as MockHandlers),
      ).not.toThrow();
      running.mock.reset();
    });
  },
);
