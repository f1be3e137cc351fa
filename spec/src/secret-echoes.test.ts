import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { redactText, WITHHELD } from './secrets.js';

// The oracle: decoders written here, independently of the masking, that undo every
// encoding an echo may use. Whatever the masking left, no decoding of it, nor any
// decoding of a decoding, may show a secret.

/** One encoding of a whole text, as a server echoing a request may apply it. */
const ENCODERS: Readonly<Record<string, (text: string) => string>> = {
  percent: (text) => encodeURIComponent(text),
  'percent, lower-case hex': (text) =>
    encodeURIComponent(text).replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()),
  form: (text) => new URLSearchParams({ s: text }).toString().slice(2),
  JSON: (text) => JSON.stringify(text).slice(1, -1),
  'JSON, PHP style': (text) =>
    JSON.stringify(text)
      .slice(1, -1)
      .replace(/\//g, '\\/')
      .replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  'XML named': (text) =>
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;'),
  'XML decimal': (text) =>
    Array.from(text, (c) => (/[\w.~ -]/.test(c) ? c : `&#${c.codePointAt(0)};`)).join(''),
  'XML hex': (text) =>
    Array.from(text, (c) =>
      /[\w.~ -]/.test(c) ? c : `&#x${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()};`,
    ).join(''),
  base64: (text) => Buffer.from(text, 'utf8').toString('base64'),
  base64url: (text) => Buffer.from(text, 'utf8').toString('base64url'),
  // MIME and PEM wrap base64 at a column; a narrow one here, so that short echoes wrap too.
  'base64, wrapped lines': (text) =>
    Buffer.from(text, 'utf8')
      .toString('base64')
      .replace(/(.{8})/g, '$1\r\n  '),
};

const lenientPercent = (text: string) =>
  text.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });

/** Every base64 reading of every run of base64 characters, at each of the four alignments. */
function base64Readings(text: string): string {
  const readings: string[] = [];
  for (const [run] of text.matchAll(/[A-Za-z0-9+/_-]{4,}/g)) {
    const standard = run.replace(/-/g, '+').replace(/_/g, '/');
    for (let offset = 0; offset < 4; offset++) {
      const aligned = standard.slice(
        offset,
        offset + Math.floor((standard.length - offset) / 4) * 4,
      );
      readings.push(Buffer.from(aligned, 'base64').toString('utf8'));
    }
  }
  return readings.join('\n');
}

const DECODERS: readonly ((text: string) => string)[] = [
  (text) => text,
  lenientPercent,
  (text) => lenientPercent(text.replace(/\+/g, ' ')),
  (text) =>
    text
      .replace(/\\u([0-9a-fA-F]{4})/g, (_, code: string) => String.fromCharCode(parseInt(code, 16)))
      .replace(/\\(["\\/])/g, '$1'),
  (text) =>
    text
      .replace(/&#[xX]([0-9a-fA-F]+);/g, (_, code: string) =>
        String.fromCodePoint(parseInt(code, 16)),
      )
      .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
      .replace(
        /&(lt|gt|quot|apos);/g,
        (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'" })[name] ?? '',
      )
      .replace(/&amp;/g, '&'),
  base64Readings,
  (text) => text.replace(/[^\S\n]*\n\s*/g, ''),
];

/** The text, and every decoding of it by one decoder or by two one after the other. */
function decodings(text: string): string[] {
  return DECODERS.flatMap((first) => {
    const once = first(text);
    return DECODERS.map((second) => second(once));
  });
}

const CHARACTERS = [
  'a',
  'Z',
  '9',
  'x',
  'Q',
  '+',
  '&',
  '"',
  '\\',
  '/',
  '<',
  '>',
  "'",
  '%',
  ' ',
  'é',
  'ж',
  '中',
  '😀',
];
const secretOf = (min: number) =>
  fc
    .array(fc.constantFrom(...CHARACTERS), { minLength: min, maxLength: 14 })
    .map((chars) => chars.join(''))
    .filter((value) => value.trim() === value);

/** Two secrets: unrelated, or the second a part of the first. */
const secrets = fc
  .oneof(
    fc.tuple(secretOf(4), secretOf(4)),
    secretOf(8).chain((first) =>
      fc
        .integer({ min: 0, max: Array.from(first).length - 4 })
        .chain((start) =>
          fc
            .integer({ min: start + 4, max: Array.from(first).length })
            .map((end): [string, string] => [first, Array.from(first).slice(start, end).join('')]),
        ),
    ),
  )
  .filter(([, second]) => second.trim() === second);

const names = Object.keys(ENCODERS);
/** An echo format: one encoding, or two one after the other. */
const format = fc.oneof(
  fc.constantFrom(...names).map((name) => [name]),
  fc.tuple(fc.constantFrom(...names), fc.constantFrom(...names)),
);
/** A frame around the secrets that leaves them as they are; the text before shifts base64's alignment. */
const plainFrame = fc.constantFrom(
  (a: string, b: string) => `hash=${a}&apikey=${b}`,
  (a: string, b: string) => `no sessions for ${a} (key ${b})`,
);
/** A JSON echo of the request: JSON escaping is its first encoding, so one more makes two. */
const jsonFrame = (a: string, b: string) => JSON.stringify({ request: { hash: a, apikey: b } });
/** How the server frames what it echoes, and the encodings after: two encodings in all, at most. */
const echoFormat = fc.oneof(
  fc.tuple(plainFrame, format),
  fc.tuple(
    fc.constant(jsonFrame),
    fc.constantFrom(...names).map((name) => [name]),
  ),
);

describe('redactText masks every form an echo may give a secret', { timeout: 120_000 }, () => {
  it('each encoding and each composition of two, over generated secrets: no decoding shows either secret', () => {
    fc.assert(
      fc.property(
        secrets,
        echoFormat,
        fc.stringMatching(/^[a-z ]{0,5}$/),
        ([first, second], [framed, encodings], lead) => {
          const echoed = encodings.reduce(
            (text, name) => ENCODERS[name]!(text),
            `${lead}${framed(first, second)}`,
          );
          const masked = redactText(`<Message>${echoed}</Message>`, [first, second]);
          expect(masked).not.toBe(WITHHELD);
          for (const decoded of decodings(masked)) {
            expect(decoded).not.toContain(first);
            expect(decoded).not.toContain(second);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the reported leak: a password with + & " \\ / echoed as JSON inside XML', () => {
    const password = 'p+ss&"w\\o/rd';
    const echo = `<Message>${ENCODERS['XML named']!(JSON.stringify({ hash: password }))}</Message>`;
    expect(echo).toContain('\\&quot;');
    expect(redactText(echo, [password])).toBe(
      '<Message>{&quot;hash&quot;:&quot;***&quot;}</Message>',
    );
  });
});

describe('a secret too short to mask in free text', () => {
  it('is never masked inside words: text that shows it is withheld whole', () => {
    expect(redactText('no sessions for this password', ['o'])).toBe(WITHHELD);
    expect(redactText('no sessions for this password', ['ab'])).toBe(
      'no sessions for this password',
    );
    expect(redactText('hash=a%2Bb', ['a+b'])).toBe(WITHHELD);
  });

  it('withholds whatever form shows it, and masks the long secrets of text that does not', () => {
    fc.assert(
      fc.property(
        secretOf(1).filter((s) => Array.from(s).length < 4),
        fc.constantFrom(...names.filter((n) => !n.startsWith('base64'))),
        (short, name) => {
          const text = `key Qx7/Kv+Zw9 and ${ENCODERS[name]!(short)}`;
          expect(redactText(text, [short, 'Qx7/Kv+Zw9'])).toBe(WITHHELD);
          expect(redactText('key Qx7/Kv+Zw9 and 1234', ['Qx7/Kv+Zw9', 'éé'])).toBe(
            'key *** and 1234',
          );
        },
      ),
    );
  });
});
