import { mkdtemp, readFile, rm, stat, writeFile, mkdir, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { fingerprintKey, KEY_FILE } from './fingerprint-key.js';

let dir: string;
beforeEach(async () => {
  dir = join(await mkdtemp(join(tmpdir(), 'boomstream-key-')), 'boomstream');
});
afterEach(async () => {
  await rm(join(dir, '..'), { recursive: true, force: true });
});

describe('fingerprintKey', () => {
  it('makes a random key once, owner-only, and gives it back after', async () => {
    const key = await fingerprintKey(dir);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(await readFile(join(dir, KEY_FILE), 'utf8')).toBe(`${key}\n`);
    expect((await stat(join(dir, KEY_FILE))).mode & 0o777).toBe(0o600);
    expect(await fingerprintKey(dir)).toBe(key);
    const other = join(dir, '..', 'other');
    expect(await fingerprintKey(other)).not.toBe(key);
  });

  it('ends with one key when several audits start at once', async () => {
    const keys = await Promise.all(Array.from({ length: 8 }, () => fingerprintKey(dir)));
    expect(new Set(keys).size).toBe(1);
  });

  it('refuses a file that holds no key, and makes a loose one owner-only', async () => {
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, KEY_FILE), 'not a key\n');
    await expect(fingerprintKey(dir)).rejects.toThrow(/is not an audit key \(64 hex digits\)/);
    const key = 'ab'.repeat(32);
    await writeFile(join(dir, KEY_FILE), `${key}\n`);
    await chmod(join(dir, KEY_FILE), 0o644);
    expect(await fingerprintKey(dir)).toBe(key);
    expect((await stat(join(dir, KEY_FILE))).mode & 0o777).toBe(0o600);
  });
});
