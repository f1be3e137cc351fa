import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { redactQuery, redactText, redactUrl, SECRET_PARAMS } from './secrets.js';

describe('redaction', () => {
  it('knows every secret parameter of the spec', () => {
    expect([...SECRET_PARAMS].sort()).toEqual(['apikey', 'hash', 'project']);
  });

  it('masks the API key, a project key and a hash, and keeps the rest', () => {
    expect(
      redactUrl(
        'https://boomstream.com/api/ppv/sessions?apikey=K3y&code=AbCd1234&hash=p%40ss&order=desc',
      ),
    ).toBe('https://boomstream.com/api/ppv/sessions?apikey=***&code=AbCd1234&hash=***&order=desc');
    expect(redactUrl('https://boomstream.com/api/stats?project=0therKey&start=2020-01-01')).toBe(
      'https://boomstream.com/api/stats?project=***&start=2020-01-01',
    );
  });

  it('keeps project=all, which is not a secret', () => {
    expect(redactQuery(new URLSearchParams('project=all&apikey=k')).toString()).toBe(
      'project=all&apikey=***',
    );
  });

  it('masks secret values inside free text, plain or URL-encoded', () => {
    expect(redactText('bad key "a b/c" in ?apikey=a%20b%2Fc or apikey=a+b%2Fc', ['a b/c'])).toBe(
      'bad key "***" in ?apikey=*** or apikey=***',
    );
    expect(redactText('nothing to hide', ['', 'absent'])).toBe('nothing to hide');
  });

  it('masks credentials in the URL itself (user name and password)', () => {
    expect(redactUrl('https://user:K3y@boomstream.com/api/stats?apikey=K3y')).toBe(
      'https://***:***@boomstream.com/api/stats?apikey=***',
    );
    expect(redactUrl('https://K3y@boomstream.com/api')).toBe('https://***@boomstream.com/api');
  });

  it('masks a longer secret whole when a shorter one is part of it', () => {
    // Both long enough to mask (a secret of 3 characters is withheld instead, below).
    expect(redactText('key abcd, hash abcdefg', ['abcd', 'abcdefg'])).toBe('key ***, hash ***');
  });

  it('masks a secret as XML or HTML escapes it', () => {
    expect(redactText('<Message>No such hash p&amp;ss&lt;1&gt;</Message>', ['p&ss<1>'])).toBe(
      '<Message>No such hash ***</Message>',
    );
  });
});

/** One character of a secret as a server may echo it, one function per encoding. */
const CHARACTER_FORMS: Readonly<Record<string, (char: string) => string>> = {
  raw: (char) => char,
  percent: (char) => encodeURIComponent(char),
  'percent, lower-case hex': (char) =>
    encodeURIComponent(char).replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()),
  form: (char) => new URLSearchParams({ s: char }).toString().slice(2),
  'XML named': (char) =>
    ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char] ?? char,
  // Encoders leave letters, digits and `-._~` as they are; every other character may become a reference.
  'XML decimal': (char) => (/[\w.~-]/.test(char) ? char : `&#${char.codePointAt(0)};`),
  'XML hex': (char) =>
    /[\w.~-]/.test(char) ? char : `&#x${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()};`,
  JSON: (char) => JSON.stringify(char).slice(1, -1),
  // PHP's json_encode: `\/` and every non-ASCII character as \uXXXX.
  'JSON, PHP style': (char) =>
    Array.from(JSON.stringify(char).slice(1, -1))
      .map((c) => (c === '/' ? '\\/' : c.charCodeAt(0) > 0x7e ? escapeUnits(c) : c))
      .join(''),
};

function escapeUnits(text: string): string {
  return Array.from(text, (c) =>
    Array.from(
      { length: c.length },
      (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`,
    ).join(''),
  ).join('');
}

/** Characters secrets are made of here; the text around them uses none of them. */
const SECRET_CHARACTERS = [
  'a',
  'Z',
  '9',
  '/',
  '+',
  '&',
  '<',
  '>',
  '"',
  "'",
  ' ',
  '%',
  'é',
  'ж',
  '中',
  '😀',
  '\\',
  '-',
];
const secret = fc
  .array(fc.constantFrom(...SECRET_CHARACTERS), { minLength: 4, maxLength: 20 })
  .map((chars) => chars.join(''))
  // Blanks around a secret do not identify it, and are left where they are.
  .filter((value) => value.trim() === value);
const around = fc.stringMatching(/^[_.:;=]{0,8}$/);
/** Whitespace a wrapping server puts between two characters, or none. */
const wrap = fc.constantFrom('', '', '', '\n', '\r\n    ', '\t', '  ');

// Each generated secret compiles its own pattern: slower than a client's calls, which reuse one.
describe('redactText, for any secret in any echoed form', { timeout: 30_000 }, () => {
  it('masks it whole in each encoding, also wrapped across lines between characters', () => {
    fc.assert(
      fc.property(
        secret,
        fc.constantFrom(...Object.keys(CHARACTER_FORMS)),
        fc.array(wrap, { minLength: 20, maxLength: 20 }),
        around,
        around,
        (value, form, breaks, before, after) => {
          const encode = CHARACTER_FORMS[form]!;
          const echoed = Array.from(value)
            .map((char, i) => (i === 0 ? '' : breaks[i]!) + encode(char))
            .join('');
          expect(redactText(`${before}${echoed}${after}`, [value])).toBe(`${before}***${after}`);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('masks it when a wrap falls anywhere, inside an escape too (`%2` newline `F`)', () => {
    fc.assert(
      fc.property(
        secret,
        fc.constantFrom(...Object.keys(CHARACTER_FORMS)),
        fc.array(wrap, { minLength: 200, maxLength: 200 }),
        (value, form, breaks) => {
          const encode = CHARACTER_FORMS[form]!;
          const echoed = Array.from(Array.from(value).map(encode).join(''))
            .map((char, i) => (i === 0 ? '' : breaks[i % breaks.length]!) + char)
            .join('');
          expect(redactText(`(${echoed})`, [value])).toBe('(***)');
        },
      ),
      { numRuns: 150 },
    );
  });

  it('masks a secret whose characters mix encodings', () => {
    fc.assert(
      fc.property(
        secret,
        fc.array(fc.constantFrom(...Object.values(CHARACTER_FORMS)), {
          minLength: 20,
          maxLength: 20,
        }),
        (value, encoders) => {
          const echoed = Array.from(value)
            .map((char, i) => encoders[i]!(char))
            .join('');
          expect(redactText(`<p>${echoed}</p>`, [value])).toBe('<p>***</p>');
        },
      ),
    );
  });

  it('leaves text without the secret as it is', () => {
    fc.assert(
      fc.property(secret, around, (value, text) => {
        expect(redactText(text, [value])).toBe(text);
      }),
    );
  });
});
