import { describe, expect, it } from 'vitest';

import { customerFingerprint } from './fingerprint.js';

describe('customerFingerprint', () => {
  it('is HMAC-SHA-256, hex (RFC 4231, test case 2)', () => {
    expect(customerFingerprint('what do ya want for nothing?', 'Jefe')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('changes with the key, so nobody without it can test passwords against it', () => {
    expect(customerFingerprint('pass1234', 'key one')).not.toBe(
      customerFingerprint('pass1234', 'key two'),
    );
    expect(customerFingerprint('pass1234', 'key one')).not.toContain('pass1234');
  });

  it('refuses an empty key', () => {
    expect(() => customerFingerprint('pass1234', '')).toThrow(/key/);
  });
});
