import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { isoDateArb } from '../test/arbitraries.js';
import { methods } from './methods/index.js';
import { formatIssues, validateParams } from './validate.js';

const issuesOf = (method: keyof typeof methods, params: unknown) => {
  const result = validateParams(methods[method], params);
  return result.ok ? [] : result.issues;
};

describe('validateParams', () => {
  it('accepts the reference examples', () => {
    expect(
      validateParams(methods.project, { start: '2019-01-01', end: '2020-05-01', group: 'day' }).ok,
    ).toBe(true);
    expect(
      validateParams(methods.target, {
        code: 'AbCd1234',
        start: '2019-01-01',
        end: '2020-05-01',
        group: 'day',
      }).ok,
    ).toBe(true);
    expect(
      validateParams(methods.session, {
        code: 'AbCd1234',
        hash: 'x',
        start: '2019-01-01',
        end: '2020-05-01',
        order: 'desc',
      }).ok,
    ).toBe(true);
  });

  it('accepts no parameters at all where none is required', () => {
    expect(validateParams(methods.project, {})).toEqual({ ok: true, value: {} });
  });

  it.each([
    ['start', { start: '2021-02-29' }, 'must be a calendar date as YYYY-MM-DD'],
    ['end', { end: '2021/01/01' }, 'must be a calendar date as YYYY-MM-DD'],
    ['start', { start: '2024-02-02', end: '2024-02-01' }, 'must be on or before end (2024-02-01)'],
    ['group', { group: 'week' }, 'must be one of: day, hour'],
    ['order', { order: 'up' }, 'must be one of: asc, desc'],
    ['page', { page: 0 }, 'must be 1 or more'],
    ['page', { page: 1.5 }, 'must be a whole number'],
    ['page', { page: '2' }, 'must be a number'],
    ['project', { project: 42 }, 'must be text'],
    ['project', { project: '' }, 'must be "all" or a project API key'],
    ['strat', { strat: '2020-01-01' }, 'is not a parameter of this method'],
  ])('project: %s in %j → %s', (param, params, message) => {
    expect(issuesOf('project', params)).toEqual([{ param, message }]);
  });

  it.each([
    ['code', {}, 'is required'],
    ['code', { code: 'short' }, 'must be 8 letters or digits, e.g. AbCd1234'],
    ['code', { code: 'AbCd-234' }, 'must be 8 letters or digits, e.g. AbCd1234'],
    ['group', { code: 'AbCd1234', group: 'month' }, 'must be one of: day, hour'],
  ])('target: %s in %j → %s', (param, params, message) => {
    expect(issuesOf('target', { ...params })).toContainEqual({ param, message });
  });

  it('session: names both missing secrets and has no grouping', () => {
    expect(issuesOf('session', {})).toEqual([
      { param: 'code', message: 'is required' },
      { param: 'hash', message: 'is required' },
    ]);
    for (const hash of ['', '   ']) {
      expect(issuesOf('session', { code: 'AbCd1234', hash })).toEqual([
        { param: 'hash', message: 'must not be empty or only spaces' },
      ]);
    }
    expect(issuesOf('session', { code: 'AbCd1234', hash: 'h', group: 'day' })).toEqual([
      { param: 'group', message: 'is not a parameter of this method' },
    ]);
  });

  it.each([
    [{ start: '2024-13-01', end: '2024-01-01' }, 'start'],
    [{ start: '2024-02-30', end: '2024-02-01' }, 'start'],
    [{ start: '2024-01-01', end: '2023-99-99' }, 'end'],
  ])('a bad date gets one issue, its format, and no comparison: %j', (params, param) => {
    expect(issuesOf('project', params)).toEqual([
      { param, message: 'must be a calendar date as YYYY-MM-DD' },
    ]);
  });

  it('names each parameter at most once, whatever the values', () => {
    const anything = fc.oneof(fc.string({ maxLength: 12 }), isoDateArb, fc.integer());
    fc.assert(
      fc.property(
        fc.record({ start: anything, end: anything, page: anything, group: anything }),
        (params) => {
          const names = issuesOf('project', params).map((issue) => issue.param);
          expect(names.length).toBe(new Set(names).size);
        },
      ),
    );
  });

  it('formats issues as one line naming each parameter', () => {
    expect(formatIssues(issuesOf('project', { start: 'x', page: 0 }))).toBe(
      'start: must be a calendar date as YYYY-MM-DD; page: must be 1 or more',
    );
  });

  it.each([undefined, null, 'start=2024-01-01', [], 5])(
    'says the parameters must be an object when a caller passes %j',
    (params) => {
      expect(validateParams(methods.project, params)).toEqual({
        ok: false,
        issues: [
          { param: '', message: 'the parameters must be an object, e.g. { start: "2024-01-01" }' },
        ],
      });
    },
  );

  it('never echoes a secret value in a message', () => {
    const secret = 'sUp3r secret';
    const all = [
      ...issuesOf('project', { project: secret }),
      ...issuesOf('session', { code: secret, hash: 5 }),
    ];
    expect(JSON.stringify(all)).not.toContain(secret);
  });

  // The oracle orders dates by the instants they name, not by their text as the rule does.
  it('accepts any ordered pair of dates and rejects any reversed one', () => {
    fc.assert(
      fc.property(isoDateArb, isoDateArb, (a, b) => {
        const [start, end] = Date.parse(a) <= Date.parse(b) ? [a, b] : [b, a];
        expect(validateParams(methods.project, { start, end }).ok).toBe(true);
        expect(validateParams(methods.project, { start: end, end: start }).ok).toBe(
          Date.parse(start) === Date.parse(end),
        );
      }),
    );
  });

  // Codes are built to be valid or not, rather than judged by a copy of the rule's pattern.
  const LETTERS_AND_DIGITS = Array.from(
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  );
  const codeChar = fc.constantFrom(...LETTERS_AND_DIGITS);

  it('accepts every code of 8 ASCII letters or digits', () => {
    fc.assert(
      fc.property(fc.string({ unit: codeChar, minLength: 8, maxLength: 8 }), (code) => {
        expect(validateParams(methods.target, { code }).ok).toBe(true);
      }),
    );
  });

  it('rejects a code of letters and digits of any length but 8', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: codeChar, maxLength: 16 }).filter((code) => code.length !== 8),
        (code) => {
          expect(validateParams(methods.target, { code }).ok).toBe(false);
        },
      ),
    );
  });

  it('rejects a code with any character that is not an ASCII letter or digit', () => {
    const other = fc
      .string({ unit: 'binary', minLength: 1, maxLength: 1 })
      .filter((char) => !LETTERS_AND_DIGITS.includes(char));
    fc.assert(
      fc.property(
        fc.string({ unit: codeChar, minLength: 7, maxLength: 7 }),
        other,
        fc.nat(7),
        (rest, char, at) => {
          const code = `${rest.slice(0, at)}${char}${rest.slice(at)}`;
          expect(validateParams(methods.target, { code }).ok).toBe(false);
        },
      ),
    );
  });
});
