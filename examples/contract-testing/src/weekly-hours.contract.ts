import {
  BoomstreamApiError,
  BoomstreamTimeoutError,
  type BoomstreamClient,
  type ClientOptions,
} from '@boomstream/client';
import { failed, type MockControls } from '@boomstream/mocks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { lastWeek, weeklyHours } from './weekly-hours.js';

/** A running mock and a client that reaches it: the only part that differs between server and agent. */
export interface ContractSetup {
  start(): Promise<{
    mock: MockControls;
    client: (options?: ClientOptions) => BoomstreamClient;
  }>;
  stop(): Promise<void>;
}

/** The mock world's today: fixed, so that the numbers never move. */
export const today = '2024-06-30';

/** The service's contract with Boomstream's API, run against a mock reached as `setup` says. */
export function weeklyHoursContract(name: string, setup: ContractSetup): void {
  describe(`weeklyHours against the ${name}`, () => {
    let mock: MockControls;
    let clientWith: (options?: ClientOptions) => BoomstreamClient;

    beforeAll(async () => {
      ({ mock, client: clientWith } = await setup.start());
    });
    // reset() also fails the test if one of its handlers answered something the spec refuses.
    afterEach(() => {
      mock.reset();
    });
    afterAll(() => setup.stop());

    it("sums each video's week as the mock's world holds it, most watched first", async () => {
      const codes = mock.demo.codes.slice(0, 3);
      const expected = codes
        .map((code) => ({
          code,
          hours: Math.round(mock.world.totalTimeMs({ code, ...lastWeek(today) }) / 36_000) / 100,
        }))
        .sort((a, b) => b.hours - a.hours);

      expect(await weeklyHours(clientWith(), codes, today)).toEqual(expected);
    });

    it('sums the days the API answers for a video, and nothing outside the week', async () => {
      const [code = ''] = mock.demo.codes;
      mock.use(
        {
          target: () => [
            { date: '2024-06-23', timeMs: 3_600_000 }, // the week's first day
            { date: '2024-06-25', timeMs: 5_400_000 },
            { date: '2024-06-29', timeMs: 900_000 }, // its last day
            { date: '2024-06-30', timeMs: 99_000_000 }, // today: not last week
          ],
        },
        { match: { code } },
      );

      expect(await weeklyHours(clientWith(), [code], today)).toEqual([{ code, hours: 2.75 }]);
    });

    it("fails with the API's message when Boomstream answers Failed", async () => {
      const [code = ''] = mock.demo.codes;
      mock.use({ target: () => failed('Media not found') }, { match: { code } });

      const error = await weeklyHours(clientWith(), [code], today).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BoomstreamApiError);
      expect((error as BoomstreamApiError).apiMessage).toBe('Media not found');
    });

    it('waits out a 429 with Retry-After, then reports the right hours', async () => {
      const [code = ''] = mock.demo.codes;
      const limited = mock.use(
        { target: () => ({ kind: 'rate-limit', retryAfterSeconds: 1 }) },
        { once: true },
      );

      const report = await weeklyHours(clientWith(), [code], today);
      expect(limited.calls).toBe(1);
      expect(report).toEqual([
        {
          code,
          hours: Math.round(mock.world.totalTimeMs({ code, ...lastWeek(today) }) / 36_000) / 100,
        },
      ]);
    });

    it('gives up with a timeout error when the API does not answer in time', async () => {
      const [code = ''] = mock.demo.codes;
      mock.use({ target: () => ({ kind: 'stall' }) });

      const error = await weeklyHours(
        clientWith({ timeoutMs: 200, maxRetries: 0 }),
        [code],
        today,
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BoomstreamTimeoutError);
    });
  });
}
