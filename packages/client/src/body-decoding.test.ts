import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';

import { afterEach, describe, expect, it } from 'vitest';

import { referenceXml } from '../test/fixtures.js';
import { startServer, type TestServer } from '../test/server.js';
import { BoomstreamClient, BoomstreamDecodeError, type ClientOptions } from './index.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A client on a real server that answers every request with these headers and bytes. */
async function answering(
  headers: Record<string, string>,
  body: Buffer,
  options: ClientOptions = {},
) {
  server = await startServer((_request, response) => {
    response.writeHead(200, headers);
    response.end(body);
  });
  return new BoomstreamClient({
    apiKey: 'test-key',
    baseUrl: server.url,
    maxRetries: 0,
    ...options,
  });
}

const session = { code: 'AbCd1234', hash: 'customer-pass' };
const PLACE = 'Привет';
/** `Привет` byte for byte, from the two charsets' published tables (not from a decoder). */
const PLACE_BYTES = {
  'windows-1251': [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2],
  'koi8-r': [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4],
  'utf-8': [...Buffer.from(PLACE, 'utf8')],
} as const;

/** The reference session answer with `Place` in Cyrillic, encoded in `charset`, with an optional prolog. */
function sessionBytes(charset: keyof typeof PLACE_BYTES, prolog?: string): Buffer {
  const [before, after] = referenceXml('session').split('Media name');
  return Buffer.concat([
    Buffer.from(`${prolog ?? ''}${before}`, 'latin1'),
    Buffer.from(PLACE_BYTES[charset]),
    Buffer.from(after ?? '', 'latin1'),
  ]);
}

const xmlHeader = (charset?: string) => ({
  'content-type': `application/xml${charset === undefined ? '' : `; charset=${charset}`}`,
});
const prolog = (encoding: string) => `<?xml version="1.0" encoding="${encoding}"?>\n`;

async function placeOf(client: BoomstreamClient) {
  const page = await client.stats.session(session);
  return page.items[0]?.place;
}

describe('charsets: windows-1251, koi8-r and UTF-8 decode, declared in the header or the prolog', () => {
  it.each([
    ['windows-1251', 'header', xmlHeader('windows-1251'), undefined],
    ['windows-1251', 'header, as cp1251', xmlHeader('cp1251'), undefined],
    ['windows-1251', 'prolog', xmlHeader(), prolog('windows-1251')],
    ['windows-1251', 'prolog, upper case', xmlHeader(), prolog('WINDOWS-1251')],
    ['koi8-r', 'header', xmlHeader('KOI8-R'), undefined],
    ['koi8-r', 'prolog', { 'content-type': 'text/xml' }, prolog('koi8-r')],
    ['utf-8', 'nothing (the default)', xmlHeader(), undefined],
    ['utf-8', 'header, quoted', { 'content-type': 'application/xml; charset="utf-8"' }, undefined],
    ['utf-8', 'prolog', xmlHeader(), prolog('UTF-8')],
  ] as const)('%s declared in the %s', async (charset, _where, headers, declaration) => {
    const client = await answering(headers, sessionBytes(charset, declaration));
    await expect(placeOf(client)).resolves.toBe(PLACE);
  });

  it('UTF-8 with a byte order mark, with and without a declaration', async () => {
    for (const declaration of [undefined, prolog('utf-8')]) {
      const bom = Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        sessionBytes('utf-8', declaration),
      ]);
      const client = await answering(xmlHeader(), bom);
      await expect(placeOf(client)).resolves.toBe(PLACE);
      await server?.close();
      server = undefined;
    }
  });

  it('on a conflict the header wins over the prolog, and a byte order mark over both', async () => {
    let client = await answering(
      xmlHeader('windows-1251'),
      sessionBytes('windows-1251', prolog('koi8-r')),
    );
    await expect(placeOf(client)).resolves.toBe(PLACE);
    await server?.close();
    client = await answering(
      xmlHeader('koi8-r'),
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        sessionBytes('utf-8', prolog('windows-1251')),
      ]),
    );
    await expect(placeOf(client)).resolves.toBe(PLACE);
  });

  it.each([
    ['iso-8859-5', xmlHeader('iso-8859-5'), undefined],
    ['shift_jis', xmlHeader(), prolog('shift_jis')],
    ['utf-16', xmlHeader('utf-16'), undefined],
    ['x-unknown', xmlHeader('x-unknown'), undefined],
  ])(
    'any other charset (%s) is a BoomstreamDecodeError naming it',
    async (name, headers, declaration) => {
      const client = await answering(headers, sessionBytes('utf-8', declaration));
      const error = await client.stats.session(session).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BoomstreamDecodeError);
      expect((error as Error).message).toContain(`charset "${name}"`);
    },
  );

  it('bytes that are not UTF-8 where UTF-8 applies are a BoomstreamDecodeError, not replacement characters', async () => {
    const client = await answering(xmlHeader('utf-8'), sessionBytes('windows-1251'));
    const error = await client.stats.session(session).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BoomstreamDecodeError);
    expect((error as Error).message).toContain('not valid utf-8 text');
    expect((error as Error).message).not.toContain('\uFFFD');
  });
});

const projectXml = Buffer.from(referenceXml('project'));

describe('Content-Encoding: gzip, deflate and br decode; nothing else is asked for or read', () => {
  it('asks only for the encodings it decodes', async () => {
    const client = await answering(xmlHeader(), projectXml);
    await client.stats.project({});
    expect(server?.requests[0]?.headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it.each([
    ['gzip', gzipSync],
    ['x-gzip', gzipSync],
    ['deflate', deflateSync],
    ['deflate', deflateRawSync],
    ['br', brotliCompressSync],
    ['gzip, br', (body: Buffer) => brotliCompressSync(gzipSync(body))],
    ['identity', (body: Buffer) => body],
  ])('%s (%o) decodes to the same page as the plain body', async (encoding, compress) => {
    const plain = await (await answering(xmlHeader(), projectXml)).stats.project({});
    await server?.close();
    const client = await answering(
      { ...xmlHeader(), 'content-encoding': encoding },
      compress(projectXml),
    );
    await expect(client.stats.project({})).resolves.toEqual(plain);
  });

  it.each([
    ['zstd', 'zstd', Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0xff, 0x80, 0x01])],
    ['compress', 'compress', Buffer.from([0x1f, 0x9d, 0x90, 0x00, 0xfe])],
    ['gzip', 'gzip', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xde, 0xad, 0xbe, 0xef, 0x00, 0xff])],
    ['br', 'br', Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x9f, 0x80])],
  ])(
    '%s it cannot read is a BoomstreamDecodeError naming it, with no binary in the message',
    async (name, encoding, body) => {
      const client = await answering({ ...xmlHeader(), 'content-encoding': encoding }, body);
      const error = await client.stats.project({}).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BoomstreamDecodeError);
      const { message } = error as Error;
      expect(message).toContain(name);
      expect(message).toMatch(/^[\x20-\x7e…]*$/);
    },
  );

  it('a small compressed body that inflates past maxBodyBytes is refused as too large', async () => {
    const bomb = gzipSync(Buffer.alloc(4 * 1024 * 1024, 0x20));
    const client = await answering({ ...xmlHeader(), 'content-encoding': 'gzip' }, bomb, {
      maxBodyBytes: 64 * 1024,
    });
    expect(bomb.length).toBeLessThan(64 * 1024);
    await expect(client.stats.project({})).rejects.toMatchObject({
      name: 'BoomstreamDecodeError',
      message: expect.stringContaining('larger than 65536 bytes') as unknown,
    });
  });

  it('an error page compressed with gzip shows its text, not its bytes', async () => {
    server = await startServer((_request, response) => {
      response.writeHead(503, { 'content-encoding': 'gzip', 'content-type': 'text/html' });
      response.end(gzipSync(Buffer.from('<h1>Down for maintenance</h1>')));
    });
    const client = new BoomstreamClient({ apiKey: 'k', baseUrl: server.url, maxRetries: 0 });
    await expect(client.stats.project({})).rejects.toMatchObject({
      status: 503,
      message: expect.stringContaining('Down for maintenance') as unknown,
    });
  });
});
