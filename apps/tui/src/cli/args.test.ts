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
        expect(() => parse(method.name, `--${field.name}`, 'x')).not.toThrow();
      }
    }
  });

  it.each([
    [['project', '--hash', 'x'], '--hash: is not an option of project'],
    [['--start', '2024-01-01'], '--start: needs a method first'],
    [['project', 'extra'], 'unexpected argument "extra"'],
    [['target', '--hash-stdin'], '--hash-stdin: target takes no customer password'],
    [['project', '--page'], "Option '--page <value>' argument missing"],
  ])('refuses %j', (argv, message) => {
    expect(() => parse(...argv)).toThrow(UsageError);
    expect(() => parse(...argv)).toThrow(message);
  });
});
