import { describe, expect, it } from 'vitest';

import { methodRegistry } from '../registry.js';
import { parseCommand, UsageError } from './args.js';

const parse = (...argv: string[]) => parseCommand(argv, methodRegistry);

describe('parseCommand', () => {
  it('opens the UI with no method, and reads a query with its flags', () => {
    expect(parse()).toEqual({ kind: 'ui', mock: false });
    expect(parse('--mock')).toEqual({ kind: 'ui', mock: true });
    expect(parse('target', '--code', 'AbCd1234', '--all', '--csv')).toMatchObject({
      kind: 'query',
      values: { code: 'AbCd1234' },
      all: true,
      format: 'csv',
      mock: false,
      hashStdin: false,
    });
    expect(parse('project', '--project', 'all')).toMatchObject({ values: { project: 'all' } });
  });

  it('offers a flag for every parameter the registry declares', () => {
    for (const method of methodRegistry) {
      for (const field of method.fields.filter((candidate) => !candidate.param.secret)) {
        // A code is checked as it is read (each of a list); the other values when the query runs.
        const value = field.param.kind === 'code' ? 'AbCd1234' : 'x';
        expect(() => parse(method.name, `--${field.name}`, value)).not.toThrow();
      }
    }
  });

  it('keeps --group, --compare, --xlsx and --excel for the query to read, stdout off for a workbook alone', () => {
    const command = parse('project', '--group', 'week', '--compare', 'weekday', '--csv', '--excel');
    expect(command).toMatchObject({
      kind: 'query',
      values: { group: 'week' },
      flags: { compare: 'weekday', excel: true, csv: true },
      stdout: true,
    });
    expect(parse('project', '--xlsx', 'a.xlsx')).toMatchObject({ stdout: false });
    expect(parse('project', '--xlsx', 'a.xlsx', '--json')).toMatchObject({ stdout: true });
  });

  it.each([
    [['project', '--hash', 'x'], '--hash: is not an option of project'],
    [['--start', '2024-01-01'], '--start: needs a method first'],
    [['project', 'extra'], 'unexpected argument "extra"'],
    [['target', '--hash-stdin'], '--hash-stdin: target takes no customer password'],
    [['project', '--page'], '--page: needs a value'],
    [['project', '--bogus'], '--bogus: is not an option; see boomstream help'],
    [['target', '--code', 'AbCd1234,bad'], '--code: "bad" must be 8 letters or digits'],
    [['session', '--code', 'AbCd1234,EfGh5678'], '--code: session takes one code'],
    [['target', '--code', 'AbCd1234,EfGh5678', '--page', '2'], '--page: several codes'],
    [['project', '--timeout', '0'], '--timeout: must be a number of seconds above 0'],
    [['project', '--timeout', 'soon'], '--timeout: must be a number of seconds above 0'],
    [['project', '--retries', '1.5'], '--retries: must be a whole number from 0 to 10'],
    [['help', 'stats'], 'unknown command "stats"'],
  ])('refuses %j', (argv, message) => {
    expect(() => parse(...argv)).toThrow(UsageError);
    expect(() => parse(...argv)).toThrow(message);
  });
});
