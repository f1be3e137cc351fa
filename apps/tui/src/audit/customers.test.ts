import { customerFingerprint } from '@boomstream/insights';
import { describe, expect, it } from 'vitest';

import { CustomersError } from './customers-error.js';
import { nameCustomers } from './customers.js';

const KEY = 'k'.repeat(64);
const row = (line: number, code: string, hash: string, label?: string) => ({
  line,
  code,
  hash,
  label,
});

describe('nameCustomers', () => {
  it('names by label, else by the fingerprint of the password, asking for the key only then', async () => {
    let asked = 0;
    const key = () => {
      asked += 1;
      return Promise.resolve(KEY);
    };
    expect(await nameCustomers([row(1, 'AbCd1234', 'pw-1', 'Anna')], 'stdin', key)).toEqual([
      { name: 'Anna', code: 'AbCd1234', hash: 'pw-1' },
    ]);
    expect(asked).toBe(0);
    const named = await nameCustomers(
      [row(1, 'AbCd1234', 'pw-1'), row(2, 'AbCd1234', 'pw-2'), row(3, 'AbCd1234', 'pw-1')],
      'stdin',
      key,
    );
    expect(named.map((one) => one.name)).toEqual([
      customerFingerprint('pw-1', KEY).slice(0, 16),
      customerFingerprint('pw-2', KEY).slice(0, 16),
    ]);
    expect(asked).toBe(1);
  });

  it.each([
    [
      [row(1, 'AbCd1234', 'pw-1', 'Anna'), row(4, 'EfGh5678', 'pw-2', 'Anna')],
      'stdin, line 4: names the same customer as line 1',
    ],
    [
      [row(2, 'AbCd1234', 'pw-1'), row(3, 'EfGh5678', 'pw-1')],
      'stdin, line 3: names the same customer as line 2',
    ],
  ])('refuses two customers of one name, naming both lines', async (rows, message) => {
    const named = nameCustomers(rows, 'stdin', () => Promise.resolve(KEY));
    await expect(named).rejects.toThrow(CustomersError);
    await expect(named).rejects.toThrow(message);
    await expect(named).rejects.not.toThrow('pw-1');
  });
});
