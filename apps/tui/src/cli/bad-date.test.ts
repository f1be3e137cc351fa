import { expect, it } from 'vitest';

import { runBin } from '../../test/run-bin.js';

it.each([
  [['--start', '2024-13-01', '--end', '2024-01-01'], '--start'],
  [['--start', '2024-01-01', '--end', '2023-99-99'], '--end'],
])(
  'boomstream project %j: one error, naming the flag and the rule, exit 2',
  async (flags, flag) => {
    const result = await runBin(['project', '--mock', ...flags]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      `boomstream: ${flag}: must be a calendar date as YYYY-MM-DD`,
    ]);
  },
  30_000,
);
