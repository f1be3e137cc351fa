import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { SECRET_FORMS } from '../../../../../spec/test/secret-scan.js';
import { memoryIo } from '../../../test/memory-io.js';
import { EXIT } from '../exit-codes.js';
import { runRecord } from './command.js';

const NOW = new Date('2024-06-30T15:00:00Z');
const API_KEY = 'hdr+Key/0123&456=789';

let server: Server | undefined;
let dir: string | undefined;
afterEach(async () => {
  const running = server;
  server = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
  if (!running) return;
  running.closeAllConnections();
  await new Promise((done) => running.close(done));
});

/** One request as the server saw it: its request line and every header. */
interface Seen {
  readonly line: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

const xmlEscape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A server that keeps every request line and header, and answers each with a Failed
 * message echoing them all, as JSON when `format=json` was asked: whatever record
 * writes of an answer then holds what the request carried.
 */
async function echoingServer(): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  server = createServer((request, response) => {
    const line = `${request.method ?? ''} ${request.url ?? ''} HTTP/${request.httpVersion}`;
    seen.push({ line, headers: { ...request.headers } });
    const echo = `${line} ${JSON.stringify(request.headers)}`;
    if (request.url?.includes('format=json')) {
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ Status: 'Failed', Message: echo }));
    } else {
      response
        .writeHead(200, { 'content-type': 'application/xml' })
        .end(
          `<?xml version="1.0"?>\n<Response>\n<Status>Failed</Status>\n<Message>${xmlEscape(echo)}</Message>\n</Response>\n`,
        );
    }
  });
  await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/api`, seen };
}

/** Every file under `out`, by its path, as text. */
function filesOf(out: string): Map<string, string> {
  return new Map(
    readdirSync(out, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(out.length + 1), readFileSync(path, 'utf8')] as const;
      }),
  );
}

describe('boomstream record and the key as a header', () => {
  it('sends the key as Authorization: Bearer once, and writes neither the header nor the key', async () => {
    const { url, seen } = await echoingServer();
    dir = mkdtempSync(join(tmpdir(), 'boomstream-record-headers-'));
    const out = join(dir, 'echo');
    const io = memoryIo({ BOOMSTREAM_API_KEY: API_KEY, BOOMSTREAM_BASE_URL: url });
    const exitCode = await runRecord(['--out', out, '--retries', '0', '--keep-failed'], io, {
      now: NOW,
    });
    expect(exitCode).toBe(EXIT.ok);

    // The oracle is the server's own log: the key went out as a header, with no apikey.
    const bearer = seen.filter(({ headers }) => headers['authorization'] === `Bearer ${API_KEY}`);
    expect(bearer).toHaveLength(1);
    expect(bearer[0]?.line).not.toContain('apikey=');
    expect(seen.filter(({ line }) => line.includes('format=json'))).toHaveLength(1);

    const files = filesOf(out);
    expect([...files.keys()]).toEqual(
      expect.arrayContaining(['project/bearer.xml', 'project/json.json', 'index.json']),
    );
    expect(files.size).toBe(seen.length + 1);
    for (const [path, text] of files) {
      for (const form of Object.values(SECRET_FORMS)) {
        expect(text.includes(form(API_KEY)), `${path} holds the key`).toBe(false);
      }
    }
    // What the echo carried of the header is the placeholder's; the index keeps no header.
    expect(files.get('project/bearer.xml')).toContain('Bearer recorded-api-key');
    expect(files.get('index.json')).not.toMatch(/authorization|Bearer /i);
    for (const text of [io.out(), io.err()]) expect(text).not.toContain(API_KEY);
  });
});
