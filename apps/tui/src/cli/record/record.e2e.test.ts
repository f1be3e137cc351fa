import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import { BoomstreamClient, type Dispatcher } from '@boomstream/client';
import { createMockAgent, createWorld, startMockServer, type MockServer } from '@boomstream/mocks';
import type { SessionItem } from '@boomstream/spec';
import { afterEach, describe, expect, it } from 'vitest';

import { SECRET_FORMS } from '../../../../../spec/test/secret-scan.js';
import { memoryIo } from '../../../test/memory-io.js';
import { EXIT } from '../exit-codes.js';
import { RECORDED_API_KEY, runRecord } from './command.js';
import { Anonymiser, reduceUserAgent } from './anonymise.js';

const NOW = new Date('2024-06-30T15:00:00Z');

let server: MockServer | undefined;
let dir: string | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** Viewers' addresses as a real API sends them: public-looking, IPv4 and IPv6, none a documentation one. */
const viewerIp = (n: number) =>
  n % 3 === 0 ? `fd00:5:6::${n.toString(16)}` : `100.64.${n % 7}.${n % 250}`;

/** The mock, its sessions carrying the viewer addresses above. */
async function mockWithViewers(): Promise<MockServer> {
  const mock = await startMockServer({ seed: 1, now: NOW });
  mock.use({
    session: (params) =>
      mock.world.sessions(params).map((item: SessionItem, n) => ({ ...item, ip: viewerIp(n) })),
  });
  return mock;
}

async function record(flags: readonly string[], name = 'recording') {
  server ??= await mockWithViewers();
  dir ??= mkdtempSync(join(tmpdir(), 'boomstream-record-'));
  const [session] = server.demo.sessions;
  const io = memoryIo({
    BOOMSTREAM_API_KEY: server.demo.apiKey,
    BOOMSTREAM_BASE_URL: server.url,
    BOOMSTREAM_HASH: session?.hash ?? '',
  });
  const out = join(dir, name);
  const exitCode = await runRecord(['--out', out, '--code', session?.code ?? '', ...flags], io, {
    now: NOW,
  });
  return { exitCode, out, io, session: session! };
}

/** Every file the recording wrote, as text. */
function filesOf(out: string): string[] {
  return readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'));
}

/** The same reads through `dispatcher`: the month by day, the long hours, the sessions. */
async function reads(client: BoomstreamClient, code: string, hash: string) {
  return {
    month: await client.stats.project({
      start: '2024-06-01',
      end: '2024-06-30',
      group: 'day',
      order: 'asc',
    }),
    hours: await client.stats.project({
      start: '2024-05-02',
      end: '2024-06-30',
      group: 'hour',
      order: 'asc',
      page: 2,
    }),
    media: await client.stats.target({
      code,
      start: '2024-06-01',
      end: '2024-06-30',
      group: 'day',
      order: 'asc',
    }),
    sessions: await client.stats.session({
      code,
      hash,
      start: '2023-07-02',
      end: '2024-06-30',
      order: 'asc',
    }),
  };
}

const client = (apiKey: string, options: { baseUrl?: string; dispatcher?: Dispatcher }) =>
  new BoomstreamClient({ apiKey, ...options });

/** The same reads from a recorded folder, replayed offline with the placeholders record wrote. */
const replay = (out: string, code: string) =>
  reads(
    client(RECORDED_API_KEY, {
      baseUrl: server!.url,
      dispatcher: createMockAgent({ fixtures: out, baseUrl: server!.url }),
    }),
    code,
    'recorded-password-1',
  );

describe('boomstream record', () => {
  it('writes no secret and no viewer IP, says what it replaced, and replays offline', async () => {
    const { exitCode, out, io, session } = await record([]);
    expect(exitCode).toBe(EXIT.ok);
    const files = filesOf(out);
    expect(files.length).toBeGreaterThan(10);
    const world = createWorld({ seed: 1, today: '2024-06-30', now: NOW });
    const secrets = [
      server!.demo.apiKey,
      ...world.projects.flatMap((project) => [
        project.key,
        ...project.customers.map((c) => c.hash),
      ]),
    ];
    const original = await reads(
      client(server!.demo.apiKey, { baseUrl: server!.url }),
      session.code,
      session.hash,
    );
    const viewerIps = original.sessions.items.map(({ ip }) => ip);
    expect(viewerIps.length).toBe(100);
    for (const text of files) {
      for (const secret of secrets) {
        for (const form of Object.values(SECRET_FORMS))
          expect(text.includes(form(secret))).toBe(false);
      }
      for (const ip of viewerIps) expect(text).not.toContain(`>${ip}<`);
    }
    expect(io.out()).toMatch(/the API key: \d+ × by recorded-api-key/);
    expect(io.out()).toMatch(/customer password 1: \d+ × by recorded-password-1/);
    expect(io.out()).toMatch(
      /viewer IP address \(\d+ distinct\): \d+ × by documentation addresses/,
    );
    expect(io.out()).not.toContain(session.hash);

    const replayed = await replay(out, session.code);
    const withoutViewers = (page: typeof original.sessions) =>
      page.items.map(({ ip: _ip, userAgent: _agent, ...rest }) => rest);
    expect(replayed.month).toEqual(original.month);
    expect(replayed.hours).toEqual(original.hours);
    expect(replayed.media).toEqual(original.media);
    expect(withoutViewers(replayed.sessions)).toEqual(withoutViewers(original.sessions));
    for (const { ip } of replayed.sessions.items) {
      expect(ip).toMatch(/^(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d+$|^2001:db8::/);
    }
    expect(replayed.sessions.items.map(({ userAgent }) => userAgent)).toEqual(
      original.sessions.items.map(({ userAgent }) => reduceUserAgent(userAgent)),
    );
  });

  it('keeps viewers as they were when asked: the replay decodes to the same values', async () => {
    const { exitCode, out, session } = await record(['--keep-ips', '--user-agents', 'keep']);
    expect(exitCode).toBe(EXIT.ok);
    const original = await reads(
      client(server!.demo.apiKey, { baseUrl: server!.url }),
      session.code,
      session.hash,
    );
    const replayed = await replay(out, session.code);
    expect(replayed).toEqual(original);
  });
});

describe('boomstream record, its folder', () => {
  it('writes the same files for the same run: the manifest dates it by the run', async () => {
    const first = await record([], 'first');
    const second = await record([], 'second');
    expect(second.exitCode).toBe(EXIT.ok);
    expect(filesOf(second.out)).toEqual(filesOf(first.out));
    expect(readFileSync(join(first.out, 'index.json'), 'utf8')).toContain(
      `"recordedAt": "${NOW.toISOString()}"`,
    );
  });

  it.each([
    [
      'a file',
      (path: string) => {
        writeFileSync(path, 'notes');
      },
    ],
    [
      'a folder with other files',
      (path: string) => {
        mkdirSync(path);
        writeFileSync(join(path, 'notes.txt'), 'notes');
      },
    ],
  ])('refuses --out naming %s, before announcing any request', async (_, make) => {
    dir = mkdtempSync(join(tmpdir(), 'boomstream-record-'));
    const taken = join(dir, 'taken');
    make(taken);
    const io = memoryIo({
      BOOMSTREAM_API_KEY: 'key',
      BOOMSTREAM_BASE_URL: 'http://127.0.0.1:9/api',
    });
    await expect(runRecord(['--out', taken], io, { now: NOW })).rejects.toThrow(
      /^--out: .* (is a file|is not empty); give a new or empty folder$/,
    );
    expect(io.err()).toBe('');
  });
});

describe('boomstream record, a server echoing the request', () => {
  it('writes no form of the key or the password, however the echo spells them', async () => {
    const secrets = { key: 'rec+key/with=signs&123', hash: 'pa ss#w0rd&x' };
    const echo = createServer((request, response) => {
      const url = request.url ?? '';
      const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      const mixed = `${secrets.hash.slice(0, 4)}${encodeURIComponent(secrets.hash.slice(4))}`;
      response.end(
        `<?xml version="1.0" encoding="UTF-8"?>\n<Response>\n<Status>Failed</Status>\n<Message>${xmlEscape(`${url} ${decodeURIComponent(url)} ${JSON.stringify(secrets)} ${mixed}`)}</Message>\n</Response>\n`,
      );
    });
    await new Promise<void>((done) => echo.listen(0, '127.0.0.1', done));
    dir = mkdtempSync(join(tmpdir(), 'boomstream-record-'));
    try {
      const { port } = echo.address() as AddressInfo;
      const io = memoryIo({
        BOOMSTREAM_API_KEY: secrets.key,
        BOOMSTREAM_BASE_URL: `http://127.0.0.1:${port}/api`,
        BOOMSTREAM_HASH: secrets.hash,
      });
      const out = join(dir, 'echo');
      await runRecord(['--out', out, '--code', 'AbCd1234', '--retries', '0', '--keep-failed'], io, {
        now: NOW,
      });
      const files = filesOf(out);
      expect(files.join('\n')).toContain('recorded-password-1');
      for (const text of [...files, io.out(), io.err()]) {
        for (const secret of Object.values(secrets)) {
          for (const form of Object.values(SECRET_FORMS)) expect(text).not.toContain(form(secret));
        }
        expect(text).not.toContain('w0rd');
      }
    } finally {
      echo.closeAllConnections();
      await new Promise((done) => echo.close(done));
    }
  });
});

describe('boomstream record, when nothing comes back', () => {
  it('writes no folder, says so, and exits 1', async () => {
    dir = mkdtempSync(join(tmpdir(), 'boomstream-record-'));
    const out = join(dir, 'none');
    const io = memoryIo({
      BOOMSTREAM_API_KEY: 'a-record-key-0042',
      BOOMSTREAM_BASE_URL: 'http://127.0.0.1:9/api',
    });
    const exitCode = await runRecord(['--out', out, '--retries', '0'], io, { now: NOW });
    expect(exitCode).toBe(EXIT.failure);
    expect(io.out()).toMatch(
      /^Stopped early: .*ECONNREFUSED.*\nWrote nothing to .*none: no answer came back \(sent 1 of at most 14 requests\)\.\n$/,
    );
    expect(existsSync(out)).toBe(false);
  });
});

describe('boomstream record, refusals and Failed answers', () => {
  it('writes nothing when the API refuses the key, says why, and exits 1', async () => {
    server ??= await mockWithViewers();
    dir = mkdtempSync(join(tmpdir(), 'boomstream-record-'));
    const out = join(dir, 'refused');
    const io = memoryIo({ BOOMSTREAM_API_KEY: 'wrong-key-0042', BOOMSTREAM_BASE_URL: server.url });
    const exitCode = await runRecord(['--out', out, '--keep-failed'], io, { now: NOW });
    expect(exitCode).toBe(EXIT.failure);
    expect(existsSync(out)).toBe(false);
    expect(io.out()).toBe(
      `Wrote nothing to ${out}: the API refused the key: Invalid API key; check BOOMSTREAM_API_KEY (and BOOMSTREAM_PROJECT_KEY) (sent 1 of at most 17 requests).\n`,
    );
    expect(io.out() + io.err()).not.toContain('wrong-key-0042');
  });

  it('leaves Failed answers out unless --keep-failed, and says so', async () => {
    const plain = await record([], 'plain');
    expect(plain.exitCode).toBe(EXIT.ok);
    const files = (out: string) =>
      readdirSync(out, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(out.length + 1))
        .sort();
    expect(files(plain.out)).not.toContain('target/unknown-media.xml');
    expect(files(plain.out)).not.toContain('project/wrong-key.xml');
    expect(plain.io.out()).toMatch(
      /Left out \d+ answers that were Failed or an HTTP error \(--keep-failed writes them\)/,
    );
    const kept = await record(['--keep-failed'], 'kept');
    expect(kept.exitCode).toBe(EXIT.ok);
    expect(files(kept.out)).toEqual(
      expect.arrayContaining(['target/unknown-media.xml', 'project/wrong-key.xml']),
    );
    expect(readFileSync(join(kept.out, 'target/unknown-media.xml'), 'utf8')).toContain(
      '<Message>Media not found</Message>',
    );
  });

  it('writes the format=json answer as JSON, secrets replaced', async () => {
    const { out } = await record([], 'json');
    const text = readFileSync(join(out, 'project/json.json'), 'utf8');
    const body = JSON.parse(text) as Record<string, unknown>;
    expect(body).toMatchObject({ Status: 'Success', GroupBy: 'day', SourceType: 'project' });
    const index = readFileSync(join(out, 'index.json'), 'utf8');
    expect(index).toContain('"file": "project/json.json"');
    expect(index).toContain('"format": "json"');
    expect(text + index).not.toContain(server!.demo.apiKey);
  });
});

describe('Anonymiser', () => {
  it('replaces IPv6 and IPv4 addresses in any text, the same address by the same one', () => {
    const anonymiser = new Anonymiser('keep');
    const text = anonymiser.addressesIn(
      'from 2a02:6b8::2:242, fe80::1%eth0 and ::ffff:10.1.2.3 (again 2a02:6b8::2:242), then 100.64.1.2. At 14:00:00.',
    );
    expect(text).toBe(
      'from 2001:db8::1, 2001:db8::2%eth0 and 2001:db8::3 (again 2001:db8::1), then 192.0.2.4. At 14:00:00.',
    );
  });
});

describe('reduceUserAgent', () => {
  it('keeps the browser, its major version and the system', () => {
    expect(
      reduceUserAgent(
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/84.0.4147.135 Safari/537.36',
      ),
    ).toBe('Chrome/84 (Linux)');
    expect(reduceUserAgent('curl/8.0')).toBe('unknown (unknown system)');
  });
});
