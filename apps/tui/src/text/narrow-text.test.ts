import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { NARROW_TEXT, narrowWidth, ONE_GRAPHEME_PER_CHARACTER } from './narrow-text.js';

type StringWidth = (text: string, options?: Record<string, unknown>) => number;

/**
 * Every `string-width` the bundle answers for, found as Node finds it from each of its
 * importers: the app's, Ink's and those of Ink's dependencies (wrap-ansi's is 7).
 */
const IMPORTERS: readonly (readonly string[])[] = [
  [],
  ['ink'],
  ['ink', 'wrap-ansi'],
  ['ink', 'cli-truncate'],
  ['ink', 'widest-line'],
];

async function stringWidthOf(chain: readonly string[]): Promise<[string, StringWidth]> {
  let require = createRequire(import.meta.url);
  for (const name of chain) require = createRequire(require.resolve(name));
  const path = require.resolve('string-width');
  const manifest = join(dirname(path), 'package.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  const loaded = (await import(pathToFileURL(path).href)) as { default: StringWidth };
  return [`${['app', ...chain].join(' → ')} (string-width ${version})`, loaded.default];
}

const widths = await Promise.all(IMPORTERS.map(stringWidthOf));
const segmenter = new Intl.Segmenter();
const graphemes = (text: string) => [...segmenter.segment(text)].map(({ segment }) => segment);

/** Every code point of the basic plane that a pattern's one-character class holds. */
function members(pattern: RegExp): string[] {
  const found: string[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    const character = String.fromCharCode(code);
    if (pattern.test(character)) found.push(character);
  }
  return found;
}

describe('narrow text', () => {
  const narrow = members(NARROW_TEXT);

  it('holds the characters the UI draws with', () => {
    expect(NARROW_TEXT.test('❯ · … → ← ↑ ↓ – — › ‹ × • ░ █ ▁▂▃▄▅▆▇ ▏ ▲ ▼ ⠼ │─┌┐└┘╭╮╯╰')).toBe(true);
    expect(narrow.length).toBeGreaterThan(900);
  });

  it.each(widths)('is one column a character for %s', (_, stringWidth) => {
    const wider = narrow.filter((character) => stringWidth(character) !== 1);
    expect(wider).toEqual([]);
  });

  it('is one grapheme a character, next to any other of the class or a control character', () => {
    const joined = members(ONE_GRAPHEME_PER_CHARACTER).filter(
      (character) =>
        graphemes(`${character}${character}`).length !== 2 ||
        graphemes(`a${character}\u001B`).length !== 3 ||
        graphemes(`\n${character}\u00A0`).length !== 3,
    );
    expect(joined).toEqual([]);
  });

  const text = fc
    .array(
      fc.oneof(
        { arbitrary: fc.constantFrom(...narrow), weight: 30 },
        {
          arbitrary: fc.constantFrom(
            '\u001B[2m',
            '\u001B[22m',
            '\u001B]8;;http://x\u0007',
            '\u009B1m',
          ),
          weight: 5,
        },
        {
          arbitrary: fc.constantFrom(
            '😀',
            '👩‍💻',
            '東',
            '\u0301',
            '\u00AD',
            '\u200D',
            '©',
            '✖',
            '\r\n',
            '\t',
          ),
          weight: 1,
        },
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join(''));
  // JavaScript callers may pass any value: string-width reads them as truthy or not.
  const flag = fc.constantFrom<unknown>(true, false, 0, 1, '', 'yes', null, undefined);
  const options = fc.option(
    fc.record({ ambiguousIsNarrow: flag, countAnsiEscapeCodes: flag }, { requiredKeys: [] }),
    { nil: undefined },
  );

  it.each(widths)('counts what %s counts, whenever it answers', (_, stringWidth) => {
    let answered = 0;
    fc.assert(
      fc.property(text, options, (sample, chosen) => {
        const answer = narrowWidth(sample, chosen);
        if (answer === undefined) return;
        answered++;
        expect(answer).toBe(stringWidth(sample, chosen));
      }),
      { numRuns: 500 },
    );
    expect(answered).toBeGreaterThan(100);
  });

  it('answers for narrow text, styled or not, and leaves the rest to string-width', () => {
    expect(narrowWidth('\u001B[1m❯ project\u001B[22m · GET /stats')).toBe(22);
    expect(narrowWidth('┌──┐')).toBe(4);
    expect(narrowWidth('東京')).toBeUndefined();
    expect(narrowWidth('e\u0301')).toBeUndefined();
    expect(narrowWidth('·', { ambiguousIsNarrow: false })).toBeUndefined();
    expect(narrowWidth('\u001B[1mab', { countAnsiEscapeCodes: true })).toBeUndefined();
    expect(narrowWidth(42)).toBeUndefined();
    // string-width destructures its options: null throws there, and here.
    expect(() => narrowWidth('ab', null as never)).toThrow(TypeError);
  });
});
