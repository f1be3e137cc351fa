import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { startMockServer } from '@boomstream/mocks';
import { afterEach, describe, expect, it } from 'vitest';

import { memoryIo } from '../../../test/memory-io.js';
import { EXIT } from '../exit-codes.js';
import { runCli } from '../run-cli.js';

const NOW = new Date('2024-06-30T15:00:00Z');
const API_KEY = 'verify-faults-key-0123456789';
const HASH = 'verify-faults-password';

let server: Server | undefined;
afterEach(async () => {
  const running = server;
  server = undefined;
  if (!running) return;
  running.closeAllConnections();
  await new Promise((done) => running.close(done));
});

/** A server answering every request with `answer`; counts what it got. */
async function faultServer(answer: (request: IncomingMessage, response: ServerResponse) => void) {
  const got: string[] = [];
  server = createServer((request, response) => {
    got.push(request.url ?? '');
    answer(request, response);
  });
  await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/api`, got };
}

interface Report {
  readonly requests: { planned: number; max: number; sent: number };
  readonly results: { id: string; verdict: string; detail: string }[];
  readonly stopped: string | null;
  readonly exitCode: number;
}

async function verify(baseUrl: string, flags: readonly string[] = []) {
  const io = memoryIo({
    BOOMSTREAM_API_KEY: API_KEY,
    BOOMSTREAM_BASE_URL: baseUrl,
    BOOMSTREAM_HASH: HASH,
  });
  const { runVerify } = await import('./command.js');
  const exitCode = await runVerify(['--json', ...flags], io, { now: NOW });
  const report = JSON.parse(io.out()) as Report;
  const detail = (id: string) => report.results.find((line) => line.id === id)?.detail ?? '';
  return { exitCode, report, detail, out: io.out(), err: io.err() };
}

describe('boomstream verify when the API misbehaves', () => {
  it('refuses a base URL with a user name and password before announcing or sending, never echoing it', async () => {
    const { url, got } = await faultServer((_, response) => response.end());
    const io = memoryIo({
      BOOMSTREAM_API_KEY: API_KEY,
      BOOMSTREAM_BASE_URL: url.replace('http://', 'http://user:base-url-secret@'),
    });
    const exitCode = await runCli(['verify'], io, () => Promise.resolve(EXIT.failure));
    expect(exitCode).toBe(EXIT.usage);
    expect(io.err()).toContain('must not carry a user name, password');
    expect(io.err()).not.toContain('base-url-secret');
    expect(io.err()).not.toContain('read-only requests');
    expect(got).toEqual([]);
  });

  it('stops after the first request when nothing listens, saying so once', async () => {
    const { url } = await faultServer((_, response) => response.end());
    await new Promise((done) => server?.close(done));
    server = undefined;
    const { exitCode, report, detail } = await verify(url, ['--retries', '0']);
    expect(report.requests.sent).toBe(1);
    expect(report.stopped).toMatch(/ECONNREFUSED.*check BOOMSTREAM_BASE_URL/);
    expect(detail('ranges-inclusive')).toBe('one-day was not sent: the run stopped early');
    expect(exitCode).toBe(EXIT.failure);
  });

  it('sends nothing sooner than a Retry-After asks, however long, and says to run again later', async () => {
    const { url, got } = await faultServer((_, response) => {
      response.writeHead(429, { 'retry-after': '3600' }).end('slow down');
    });
    const { exitCode, report } = await verify(url);
    expect(got).toHaveLength(1);
    expect(report.requests.sent).toBe(1);
    expect(report.stopped).toMatch(/asked to wait 3\d{3} s more \(Retry-After\); run again later/);
    expect(exitCode).toBe(EXIT.failure);
  });

  it('waits out a short Retry-After between probes instead of stopping, never sending sooner', async () => {
    const sentAt: number[] = [];
    let waitUntil = 0;
    const { url } = await faultServer((_, response) => {
      const now = Date.now();
      sentAt.push(now);
      // The first answer asks for a second; a request within it would break the rule.
      if (sentAt.length === 1) {
        waitUntil = now + 1000;
        response.writeHead(429, { 'retry-after': '1' }).end('slow down');
      } else {
        response.end('<?xml version="1.0"?><Response><Status>Failed</Status></Response>');
      }
    });
    const { report } = await verify(url, ['--retries', '0']);
    expect(report.stopped).toBeNull();
    expect(sentAt.length).toBeGreaterThan(2);
    expect(sentAt.slice(1).every((at) => at >= waitUntil - 100)).toBe(true);
  });

  it('ends a hanging run at --timeout with exit 1, not as if interrupted', async () => {
    const { url, got } = await faultServer(() => undefined);
    const { exitCode, report } = await verify(url, ['--timeout', '0.3']);
    expect(got).toHaveLength(1);
    expect(report.stopped).toContain('--timeout: no answer within 0.3 s');
    expect(exitCode).toBe(EXIT.failure);
  });

  it('says why the days could not be chosen when the month got no answer', async () => {
    const { url } = await faultServer((request, response) => {
      if (request.url?.includes('group=day') && request.url.includes('2024-06-01')) {
        response.writeHead(500).end('oops');
        return;
      }
      response.end('<?xml version="1.0"?><Response><Status>Failed</Status></Response>');
    });
    const { detail } = await verify(url, ['--retries', '0']);
    expect(detail('ranges-inclusive')).toBe(
      'one-day was not sent: month-by-day gave no page to choose its days from',
    );
  });

  it('masks the key and password a server echoes in a Failed message or an error body', async () => {
    const { url } = await faultServer((request, response) => {
      const echo = `${request.url ?? ''} ${decodeURIComponent(request.url ?? '')}`;
      if (request.url?.includes('/ppv/')) response.writeHead(500).end(echo);
      else
        response.end(
          `<?xml version="1.0"?><Response><Status>Failed</Status><Message>${echo.replace(/&/g, '&amp;')}</Message></Response>`,
        );
    });
    const { out, err } = await verify(url, ['--code', 'AbCd1234', '--retries', '0']);
    expect(out).toContain('***');
    for (const text of [out, err]) {
      expect(text).not.toContain(API_KEY);
      expect(text).not.toContain(HASH);
    }
  });
});

describe('what verify says is missing', () => {
  it('names what to give to test the sessions and the media', async () => {
    const { url } = await faultServer((_, response) => response.end('<Response/>'));
    const { detail } = await verify(url, ['--retries', '0']);
    expect(detail('session-page-size')).toBe(
      'sessions was not sent: give --code and the customer password (BOOMSTREAM_HASH or --hash-stdin) to test sessions',
    );
  });
});

const failedXml = (message: string) =>
  `<?xml version="1.0"?><Response><Status>Failed</Status><Message>${message}</Message></Response>`;

describe('verify when the API refuses the key', () => {
  it('stops at the first refusal against the mock with a wrong key: exit 1, nothing called broken', async () => {
    const mock = await startMockServer({ seed: 1, now: NOW });
    try {
      const io = memoryIo({
        BOOMSTREAM_API_KEY: 'not-the-demo-key-42',
        BOOMSTREAM_BASE_URL: mock.url,
      });
      const exitCode = await runCli(['verify'], io, () => Promise.resolve(EXIT.failure));
      expect(exitCode).toBe(EXIT.failure);
      expect(io.out()).toBe('');
      expect(io.err()).toContain(
        'boomstream verify: the API refused the key: Invalid API key; check BOOMSTREAM_API_KEY',
      );
      expect(io.err()).toContain('No assumption was judged (sent 1 of at most');
      expect(io.err()).not.toMatch(/BROKEN|not-the-demo-key-42/);
    } finally {
      await mock.close();
    }
  });

  it.each([
    ['Invalid API key', 'defaults'],
    ['Unauthorized', 'all-projects'],
    ['Access denied for project', 'all-projects'],
  ])(
    'knows "%s" by its words, whichever request gets it (here %s), and masks the key in it',
    async (message, refusedAt) => {
      const { url, got } = await faultServer((request, response) => {
        const refuse =
          refusedAt === 'defaults'
            ? !request.url?.includes('start=')
            : request.url?.includes('project=all');
        response.end(
          refuse ? failedXml(`${message} (${API_KEY})`) : failedXml('Something else went wrong'),
        );
      });
      const { exitCode, report, out } = await verify(url, ['--retries', '0']);
      expect(exitCode).toBe(EXIT.failure);
      expect(report.stopped).toBe(`the API refused the key: ${message} (***)`);
      expect(report.results.filter(({ verdict }) => verdict === 'broken')).toEqual([]);
      expect(got).toHaveLength(report.requests.sent);
      expect(got.at(-1)).toContain(refusedAt === 'defaults' ? '/stats?' : 'project=all');
      expect(out).not.toContain(API_KEY);
    },
  );

  it("takes other Failed answers as evidence, a made-up key's refusal included", async () => {
    const { url } = await faultServer((request, response) => {
      response.end(
        failedXml(request.url?.includes('made-up') ? 'Invalid API key' : 'Media not found'),
      );
    });
    const { report, detail } = await verify(url, ['--retries', '0']);
    expect(report.stopped).toBeNull();
    expect(detail('status-messages')).toMatch(
      /^HTTP 200, Failed "Invalid API key" and "Media not found"/,
    );
    expect(detail('bearer-key')).toContain('answered Failed "Media not found"');
  });
});

describe('verify when the API answers Failed with HTTP 500', () => {
  it('calls status-messages broken, with the evidence, after at most one retry', async () => {
    const { url, got } = await faultServer((_, response) => {
      response.writeHead(500).end(failedXml('Internal error'));
    });
    const { exitCode, report, detail } = await verify(url);
    expect(detail('status-messages')).toBe(
      'defaults answered HTTP 500 with Failed "Internal error": a refusal should be HTTP 200',
    );
    expect(report.results.find(({ id }) => id === 'status-messages')?.verdict).toBe('broken');
    expect(exitCode).toBe(EXIT.assumptionBroken);
    expect(report.stopped).toBeNull();
    // The first request once more, then every other once: one retry in all.
    expect(got[1]).toBe(got[0]);
    expect(new Set(got).size).toBe(got.length - 1);
    expect(report.requests.sent).toBe(got.length);
  });
});
