import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  backoffMs,
  isRetryableStatus,
  requestedWaitMs,
  retryAfterMs,
  withRetries,
} from './retry.js';

describe('backoffMs', () => {
  it('is 0.5 s × 2ⁿ capped at 8 s, shortened by at most 25 % jitter', () => {
    fc.assert(
      fc.property(
        fc.nat(40),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (retry, r) => {
          const full = Math.min(500 * 2 ** retry, 8000);
          const wait = backoffMs(retry, () => r);
          expect(wait).toBeGreaterThan(full * 0.75 - 1e-9);
          expect(wait).toBeLessThanOrEqual(full);
        },
      ),
    );
    expect([0, 1, 2, 3, 4, 5].map((n) => backoffMs(n, () => 0))).toEqual([
      500, 1000, 2000, 4000, 8000, 8000,
    ]);
  });
});

describe('isRetryableStatus', () => {
  it('retries 408, 409, 429 and 5xx, and no other status', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 599 }), (status) => {
        expect(isRetryableStatus(status)).toBe([408, 409, 429].includes(status) || status >= 500);
      }),
    );
  });
});

describe('retryAfterMs', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it.each([
    [{ 'retry-after': '3' }, 3000],
    [{ 'retry-after': '0' }, 0],
    [{ 'retry-after': '1.5' }, 1500],
    [{ 'retry-after': 'Thu, 01 Jan 2026 00:00:10 GMT' }, 10_000],
    [{ 'retry-after-ms': '250', 'retry-after': '9' }, 250],
    [{ 'retry-after': '60' }, 60_000],
    [{ 'retry-after': '61' }, undefined],
    [{ 'retry-after': 'Thu, 01 Jan 2026 01:00:00 GMT' }, undefined],
    [{ 'retry-after': 'Wed, 31 Dec 2025 23:59:00 GMT' }, undefined],
    [{ 'retry-after': '-1' }, undefined],
    [{ 'retry-after': 'soon' }, undefined],
    [{}, undefined],
  ])('%o → %s', (headers, expected) => {
    expect(retryAfterMs(headers, now)).toBe(expected);
  });

  /** A header value and the wait it asks for by RFC 9110, computed here from the value's own parts. */
  type Case = { readonly header: string; readonly expected: number | undefined };
  const obeyed = (seconds: number) => (seconds >= 0 && seconds <= 60 ? seconds * 1000 : undefined);
  const deltaSeconds = fc
    .nat(100_000)
    .map((seconds): Case => ({ header: String(seconds), expected: obeyed(seconds) }));
  const httpDate = fc.integer({ min: -86_400, max: 86_400 }).map((seconds): Case => ({
    // IMF-fixdate, as servers send it: `Thu, 01 Jan 2026 00:00:10 GMT`.
    header: new Date(now + seconds * 1000).toUTCString(),
    expected: obeyed(seconds),
  }));
  const invalid = fc
    .oneof(
      fc.nat().map((n) => `-${n + 1}`),
      fc.nat(60).map((n) => `${n}s`),
      fc.nat(60).map((n) => `${n} seconds`),
      fc.nat(60).map((n) => `0x${n.toString(16)}`),
      fc.stringMatching(/^[a-z]{1,12}$/),
      fc.constant(''),
      // An ISO 8601 instant within the minute: a date, but not an HTTP date.
      fc.nat(60).map((n) => new Date(now + n * 1000).toISOString()),
    )
    .map((header): Case => ({ header, expected: undefined }));

  it('obeys valid delta-seconds and HTTP dates up to 60 s, and ignores invalid values', () => {
    fc.assert(
      fc.property(fc.oneof(deltaSeconds, httpDate, invalid), ({ header, expected }) => {
        expect(retryAfterMs({ 'retry-after': header }, now)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('prefers a valid retry-after-ms to Retry-After, and falls back when it is invalid', () => {
    fc.assert(
      fc.property(fc.nat(60_000), fc.oneof(deltaSeconds, httpDate), invalid, (ms, after, bad) => {
        expect(
          retryAfterMs({ 'retry-after-ms': String(ms), 'retry-after': after.header }, now),
        ).toBe(ms);
        expect(
          retryAfterMs({ 'retry-after-ms': bad.header, 'retry-after': after.header }, now),
        ).toBe(after.expected);
      }),
    );
  });

  it('is the whole wait a server asks for (requestedWaitMs) when that is 60 s or less', () => {
    fc.assert(
      fc.property(fc.oneof(deltaSeconds, httpDate, invalid), ({ header }) => {
        const whole = requestedWaitMs({ 'retry-after': header }, now);
        const obeyedWait = retryAfterMs({ 'retry-after': header }, now);
        expect(obeyedWait).toBe(whole !== undefined && whole <= 60_000 ? whole : undefined);
      }),
      { numRuns: 300 },
    );
    expect(requestedWaitMs({ 'retry-after': '3600' }, now)).toBe(3_600_000);
    expect(requestedWaitMs({ 'retry-after': 'Thu, 01 Jan 2026 01:00:00 GMT' }, now)).toBe(
      3_600_000,
    );
    expect(
      requestedWaitMs({ 'retry-after': 'Wed, 31 Dec 2025 23:59:00 GMT' }, now),
    ).toBeUndefined();
  });
});

describe('withRetries', () => {
  const failure = (retryable: boolean) =>
    ({ ok: false, error: new Error(`attempt failed`), retryable, retryAfterMs: 0 }) as const;

  it('runs 1 + maxRetries attempts on transient failures, then throws the last error', async () => {
    const attempts: number[] = [];
    const run = withRetries(
      { maxRetries: 3, signal: undefined, abortError: () => new Error('abort') },
      (n) => {
        attempts.push(n);
        return Promise.resolve(failure(true));
      },
    );
    await expect(run).rejects.toThrow('attempt failed');
    expect(attempts).toEqual([1, 2, 3, 4]);
  });

  it('stops at the first failure that is not transient, and returns the first success', async () => {
    let calls = 0;
    const fatal = withRetries(
      { maxRetries: 3, signal: undefined, abortError: () => new Error('abort') },
      () => {
        calls += 1;
        return Promise.resolve(failure(false));
      },
    );
    await expect(fatal).rejects.toThrow('attempt failed');
    expect(calls).toBe(1);
    const ok = withRetries(
      { maxRetries: 3, signal: undefined, abortError: () => new Error('abort') },
      (n) => Promise.resolve(n < 3 ? failure(true) : { ok: true as const, value: n }),
    );
    await expect(ok).resolves.toBe(3);
  });
});
