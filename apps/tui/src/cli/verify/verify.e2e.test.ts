import { startMockServer, QUIRK_IDS, type MockServer, type QuirkId } from '@boomstream/mocks';
import { Agent } from '@boomstream/client';
import { afterEach, describe, expect, it } from 'vitest';

import { memoryIo } from '../../../test/memory-io.js';
import { EXIT } from '../exit-codes.js';
import { runVerify } from './command.js';

/** One instant for the mock and the run: 18:00 in Moscow, so today has viewing too. */
const NOW = new Date('2024-06-30T15:00:00Z');

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

interface Report {
  readonly requests: { planned: number; max: number; sent: number };
  readonly results: { id: string; verdict: string; detail: string }[];
  readonly exitCode: number;
}

/** `boomstream verify --json` against the real mock HTTP server with `quirks`. */
async function verify(quirks: readonly QuirkId[], flags: readonly string[] = []) {
  server = await startMockServer({ seed: 1, now: NOW, quirks });
  const [session] = server.demo.sessions;
  const io = memoryIo({
    BOOMSTREAM_API_KEY: server.demo.apiKey,
    BOOMSTREAM_BASE_URL: server.url,
    BOOMSTREAM_HASH: session?.hash ?? '',
  });
  const exitCode = await runVerify(['--json', '--code', session?.code ?? '', ...flags], io, {
    now: NOW,
  });
  const report = JSON.parse(io.out()) as Report;
  const verdicts = Object.fromEntries(report.results.map(({ id, verdict }) => [id, verdict]));
  return { exitCode, report, verdicts, err: io.err() };
}

describe('boomstream verify against the mock server', () => {
  it('finds every assumption holding, within the requests it announced', async () => {
    const { exitCode, report, verdicts, err } = await verify([]);
    expect(report.results.filter(({ verdict }) => verdict !== 'holds')).toEqual([]);
    expect(Object.keys(verdicts)).toEqual(['wire-schemas', ...QUIRK_IDS]);
    expect(exitCode).toBe(EXIT.ok);
    expect(err).toContain(
      `boomstream verify: ${report.requests.planned} read-only requests (at most ${report.requests.max} with retries)`,
    );
    expect(report.requests.sent).toBeLessThanOrEqual(report.requests.planned);
  });

  it.each(QUIRK_IDS)('names %s, and only it, when the mock breaks it', async (quirk) => {
    const { exitCode, verdicts, report } = await verify([quirk]);
    const broken = Object.keys(verdicts).filter((id) => verdicts[id] === 'broken');
    expect(broken, JSON.stringify(report.results, null, 2)).toEqual([quirk]);
    const others = Object.keys(verdicts).filter((id) => id !== quirk);
    expect(Object.fromEntries(others.map((id) => [id, verdicts[id]]))).toEqual(
      Object.fromEntries(others.map((id) => [id, 'holds'])),
    );
    expect(exitCode).toBe(EXIT.assumptionBroken);
  });
});

describe('the request budget', () => {
  it('is never exceeded, even when every answer is 429 with Retry-After', async () => {
    server = await startMockServer({
      seed: 1,
      now: NOW,
      faults: [{ kind: 'rate-limit', retryAfterSeconds: 0 }],
    });
    let counted = 0;
    const agent = new Agent();
    const dispatcher = agent.compose((dispatch) => (options, handler) => {
      counted += 1;
      return dispatch(options, handler);
    });
    const io = memoryIo({
      BOOMSTREAM_API_KEY: server.demo.apiKey,
      BOOMSTREAM_BASE_URL: server.url,
    });
    try {
      const exitCode = await runVerify(['--json', '--retries', '2'], io, { now: NOW, dispatcher });
      const report = JSON.parse(io.out()) as Report;
      expect(report.requests.max).toBe(report.requests.planned + 2);
      expect(counted).toBe(report.requests.sent);
      expect(counted).toBeLessThanOrEqual(report.requests.max);
      expect(report.results.filter(({ verdict }) => verdict === 'broken')).toEqual([]);
      expect(exitCode).toBe(EXIT.failure);
    } finally {
      await agent.close();
    }
  });
});
