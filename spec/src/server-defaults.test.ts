import { describe, expect, it } from 'vitest';

import { methods } from './methods/index.js';
import { applyServerDefaults } from './server-defaults.js';

describe('applyServerDefaults', () => {
  it('stats: end is today, start a week before end, day, asc, page 1', () => {
    expect(applyServerDefaults(methods.project, {}, '2024-03-01')).toEqual({
      start: '2024-02-23',
      end: '2024-03-01',
      group: 'day',
      order: 'asc',
      page: 1,
    });
  });

  it('stats: start follows a given end', () => {
    expect(
      applyServerDefaults(methods.target, { code: 'AbCd1234', end: '2024-01-03' }, '2024-03-01'),
    ).toMatchObject({
      start: '2023-12-27',
      end: '2024-01-03',
    });
  });

  it('session: from today to tomorrow, no grouping', () => {
    expect(
      applyServerDefaults(methods.session, { code: 'AbCd1234', hash: 'h' }, '2024-12-31'),
    ).toEqual({
      code: 'AbCd1234',
      hash: 'h',
      start: '2024-12-31',
      end: '2025-01-01',
      order: 'asc',
      page: 1,
    });
  });

  it('keeps what the caller set', () => {
    expect(
      applyServerDefaults(
        methods.project,
        { start: '2020-01-01', order: 'desc', page: 3 },
        '2024-03-01',
      ),
    ).toMatchObject({
      start: '2020-01-01',
      order: 'desc',
      page: 3,
    });
  });
});
