import { randomBytes } from 'node:crypto';
import { chmod, link, mkdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The file in the user's configuration folder that holds the audit's HMAC key, and nothing else. */
export const KEY_FILE = 'audit-key';

/** 32 random bytes as hex: the key of `customerFingerprint`. */
const KEY_PATTERN = /^[0-9a-f]{64}$/;

/** Owner only: whoever reads the key can test guessed passwords against the fingerprints. */
const KEY_MODE = 0o600;

async function readKey(path: string): Promise<string> {
  const key = (await readFile(path, 'utf8')).trim();
  if (!KEY_PATTERN.test(key)) {
    throw new Error(
      `${path}: is not an audit key (64 hex digits); move it away and a new key is made, but customers' fingerprints change with it`,
    );
  }
  // A key copied in from elsewhere may have come with looser permissions.
  if (process.platform !== 'win32' && ((await stat(path)).mode & 0o077) !== 0) {
    await chmod(path, KEY_MODE);
  }
  return key;
}

/**
 * The key that names customers by `customerFingerprint(password, key)`: read from
 * `audit-key` in `dir`, or made once (crypto random) and kept there, mode 0600, so that
 * a customer's name stays the same from one audit to the next. Written aside and
 * linked into place: two audits starting at once both end with the one key that won.
 */
export async function fingerprintKey(dir: string): Promise<string> {
  const path = join(dir, KEY_FILE);
  try {
    return await readKey(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temporary, `${randomBytes(32).toString('hex')}\n`, { mode: KEY_MODE });
  try {
    await link(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await unlink(temporary);
  }
  return readKey(path);
}
