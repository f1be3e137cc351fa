import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { parseCsv } from '../../test/parse-csv.js';
import { BIN, runBin } from '../../test/run-bin.js';
import { terminalSafe } from './terminal-output.js';

/** Places a hostile or broken API may hold: each runs something in a terminal that obeys it. */
const PLACES = [
  'OSC retitle \u001b]0;pwned\u0007 end',
  'OSC 8 link \u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\',
  'CSI clear \u001b[2J\u001b[H end',
  'C1 CSI colour \u009b31m red \u009b0m',
  'bell \u0007 and backspace ab\u0008\u0008XY',
  'carriage return hides\rshown',
  'DEL \u007f and NUL \u0000',
];

/** What a terminal would obey: no byte of it may reach one. */
// eslint-disable-next-line no-control-regex -- control characters are what it must find
const OBEYED = /\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;

describe('terminalSafe', () => {
  it.each(PLACES)('writes what a terminal would obey visibly: %j', (place) => {
    const safe = terminalSafe(place);
    expect(safe).not.toMatch(OBEYED);
    expect(safe).toMatch(/\\u00[0-9a-f]{2}/);
  });

  it('keeps line feeds, tabs and CRLF, and leaves text without controls alone', () => {
    expect(terminalSafe('a\tb\r\nc\nd')).toBe('a\tb\r\nc\nd');
    expect(terminalSafe('Ёжик, "quoted" \\u001b')).toBe('Ёжик, "quoted" \\u001b');
  });

  it('leaves nothing a terminal obeys, and JSON parses to the same values (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const json = terminalSafe(JSON.stringify({ text }, null, 2));
        expect(json).not.toMatch(OBEYED);
        expect(JSON.parse(json)).toEqual({ text });
      }),
    );
  });
});

/** A session page of one item per place: the API's XML, controls raw (a CR as `&#13;`: XML reads a raw one as LF). */
function sessionXml(): string {
  const items = PLACES.map(
    (place) =>
      `<Item><Place>${place.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\r/g, '&#13;')}</Place><ip>192.0.2.9</ip><Country>Russia</Country><UserAgent>curl</UserAgent><Start>2024-03-07 00:30:32</Start><LeftActivations>1</LeftActivations></Item>`,
  );
  return `<Response>${items.join('')}</Response>`;
}

let api: Server;
let env: Record<string, string>;
const ARGS = ['session', '--code', 'AbCd1234', '--start', '2024-03-01', '--end', '2024-03-31'];

beforeAll(async () => {
  api = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/xml; charset=utf-8' }).end(sessionXml());
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  const { port } = api.address() as AddressInfo;
  env = {
    BOOMSTREAM_API_KEY: 'test-key-1',
    BOOMSTREAM_HASH: 'test-hash-1',
    BOOMSTREAM_BASE_URL: `http://127.0.0.1:${port}/api`,
  };
});
afterAll(() => new Promise((resolve) => api.close(resolve)));

/**
 * Runs the bin with its stdout on a real terminal (a pseudo-terminal of `script`), its
 * stderr discarded; answers the bytes the terminal received, as text without the CR
 * the terminal adds before each LF.
 */
async function onTerminal(args: readonly string[]): Promise<string> {
  const quoted = [process.execPath, BIN, ...args].map((arg) => `'${arg}'`).join(' ');
  const { stdout } = await promisify(execFile)(
    'script',
    ['-q', '-e', '-c', `${quoted} 2>/dev/null`, '/dev/null'],
    { env: { PATH: process.env['PATH'] ?? '', ...env }, encoding: 'buffer' },
  );
  return stdout.toString('utf8').replace(/\r\n/g, '\n');
}

describe('boomstream session --csv: control sequences in the data', () => {
  it('piped, the CSV holds every place exactly, controls included', async () => {
    const result = await runBin([...ARGS, '--csv'], env);
    expect(result.code).toBe(0);
    const [header, ...rows] = parseCsv(result.stdout);
    expect(header?.[1]).toBe('place');
    expect(rows.map((row) => row[1])).toEqual(PLACES);
  });

  it('on a terminal, no control reaches it: every place shows, its controls as \\uXXXX', async () => {
    const shown = await onTerminal([...ARGS, '--csv']);
    expect(shown).not.toMatch(OBEYED);
    for (const place of PLACES) expect(shown).toContain(terminalSafe(place).replace(/\r\n/g, '\n'));
    expect(shown).toContain('OSC retitle \\u001b]0;pwned\\u0007 end');
  });

  it('on a terminal, --json shows no control either and still parses to every place', async () => {
    const shown = await onTerminal([...ARGS, '--json']);
    expect(shown).not.toMatch(OBEYED);
    const page = JSON.parse(shown) as { items: { place: string }[] };
    expect(page.items.map((item) => item.place)).toEqual(PLACES);
  });
});
