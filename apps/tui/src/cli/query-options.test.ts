import { describe, expect, it } from 'vitest';

import { methodRegistry } from '../registry.js';
import { parseCommand } from './args.js';
import { queryOptions } from './query-options.js';

/** `queryOptions` of a command line, as `runQuery` reads it; the values it sends to the API. */
function read(...argv: string[]) {
  const command = parseCommand(argv, methodRegistry);
  if (command.kind !== 'query' && command.kind !== 'watch') throw new Error(command.kind);
  const values = { ...command.values };
  const options = queryOptions(
    command.method,
    values,
    command.flags,
    (message) => new Error(message),
  );
  return { options, values };
}

describe('queryOptions', () => {
  it('asks the API for days for weeks and months, and keeps day and hour as they are', () => {
    expect(read('project', '--group', 'week', '--compare', 'weekday', '--csv', '--excel')).toEqual({
      options: { grouping: 'week', compare: 'weekday', xlsx: undefined, excel: true },
      values: { group: 'day' },
    });
    expect(read('target', '--code', 'AbCd1234,EfGh5678', '--group', 'month')).toMatchObject({
      options: { grouping: 'month' },
      values: { group: 'day' },
    });
    expect(read('project', '--group', 'hour', '--xlsx', ' a.xlsx ')).toEqual({
      options: { grouping: undefined, compare: undefined, xlsx: 'a.xlsx', excel: false },
      values: { group: 'hour' },
    });
  });

  it.each([
    [['project', '--group', 'quarter'], '--group: must be one of: day, hour, week, month'],
    [
      ['project', '--compare', 'yesterday'],
      '--compare: must be one of: previous, weekday, last-year',
    ],
    [['project', '--compare', 'previous', '--page', '2'], '--page: --compare reads every page'],
    [['project', '--group', 'month', '--page', '2'], '--page: --group month reads every page'],
    [['project', '--excel'], '--excel: only with --csv'],
    [['project', '--xlsx', '  '], '--xlsx: needs a file name'],
    [
      ['session', '--code', 'AbCd1234', '--compare', 'previous'],
      '--compare: session lists sessions',
    ],
  ])('refuses %j, naming the flag and the rule', (argv, message) => {
    expect(() => read(...argv)).toThrow(message);
  });
});
