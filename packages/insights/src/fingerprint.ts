import { createHmac } from 'node:crypto';

/**
 * A customer id that names a password without showing it: HMAC-SHA-256 of the
 * password under your secret `key`, hex. Keyed, because a plain hash of a short
 * password is found again by trying every password; without the key nobody can.
 * Keep the key secret and the same between audits, so ids stay comparable.
 */
export function customerFingerprint(password: string, key: string | Uint8Array): string {
  if (key.length === 0) throw new RangeError('customerFingerprint: the key must not be empty');
  return createHmac('sha256', key).update(password, 'utf8').digest('hex');
}
