import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { referenceXml } from '../../test/fixtures.js';
import { hourlyPage, statsXml } from '../../test/xml.js';
import { readPlainXml } from './plain-xml.js';
import { parseChecked, parseXml, PLAIN_LAYOUT } from './xml.js';

const read = (xml: string) => readPlainXml(xml, PLAIN_LAYOUT);

/** What the full path makes of a text: the document, or that it throws. */
function fullPath(xml: string): { document: unknown } | { throws: true } {
  try {
    return { document: parseChecked(xml) };
  } catch {
    return { throws: true };
  }
}

/** An XML tree: an element holds text or elements. */
type Tree = { name: string; content: string | Tree[] };

const names = fc.constantFrom(
  'Response',
  'Status',
  'Items',
  'Item',
  'Date',
  'Views',
  'a',
  'B_1',
  'x-y.z',
  // Names the reader leaves to the full path: another alphabet, a namespace, Object.prototype's.
  'Страна',
  'ns:a',
  'constructor',
  '__proto__',
  'toString',
);
const texts = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '12',
    ' 0012 ',
    'AT&amp;T',
    '&#x41;&#66;&lt;b&gt;',
    '\u00a0x\u00a0',
    'a > b',
  ),
  fc.string({
    unit: fc.constantFrom('a', ' ', '\n', '\t', '&', ';', '#', 'x', '1', 'é', '>', '\u00a0'),
  }),
);
const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.record({
    name: names,
    content: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      texts,
      fc.array(tie('tree'), { maxLength: 4 }),
    ),
  }),
})).tree;

/** Serializes a tree; `empty` chooses `<a/>` or `<a></a>` for an element with no content. */
function serialize(node: Tree, gap: string, selfClose: boolean): string {
  const inner =
    typeof node.content === 'string'
      ? node.content
      : node.content.map((child) => `${gap}${serialize(child, gap, selfClose)}`).join('') + gap;
  if (inner === '' && selfClose) return `<${node.name}/>`;
  return `<${node.name}>${inner}</${node.name}>`;
}

const documents = fc
  .record({
    root: tree,
    gap: fc.constantFrom('', '\n', '\n  ', ' \t'),
    selfClose: fc.boolean(),
    prolog: fc.constantFrom(
      '',
      '<?xml version="1.0" encoding="utf-8"?>',
      '<?xml version="1.0"?>\n',
    ),
    tail: fc.constantFrom('', '\n', '  \r\n'),
  })
  .map(
    ({ root, gap, selfClose, prolog, tail }) =>
      `${prolog}${serialize(root, gap, selfClose)}${tail}`,
  );

/** Edits that take a text out of the plain layout, or out of well-formed XML. */
const edits = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom(
      '<',
      '>',
      '&',
      '/',
      'x',
      ' ',
      '<!-- c -->',
      '<![CDATA[a<b&c]]>',
      '<?pi x?>',
      ' a="1"',
      '<b/>',
      '</b>',
      '<!DOCTYPE r>',
      '&bogus',
    ),
  }),
);

function edit(xml: string, change: Edit): string {
  const at = xml.length === 0 ? 0 : change.at % (xml.length + 1);
  if (change.kind === 'cut') return xml.slice(0, at);
  if (change.kind === 'delete') return xml.slice(0, at) + xml.slice(at + 1);
  return xml.slice(0, at) + change.text + xml.slice(at);
}
type Edit = typeof edits extends fc.Arbitrary<infer T> ? T : never;

/** The claim: whatever the reader reads, the full path reads the same; it never reads what the full path refuses. */
function agrees(xml: string): boolean {
  const plain = read(xml);
  if (plain === undefined) return true;
  expect({ xml, result: { document: plain } }).toStrictEqual({ xml, result: fullPath(xml) });
  return true;
}

describe('readPlainXml reads what the full path (well-formedness check, fast-xml-parser) reads', () => {
  it('on generated documents, and reads every one in the plain layout', () => {
    fc.assert(
      fc.property(documents, (xml) => {
        agrees(xml);
        // A well-formed text with only plain names is the reader's: it must not leave it to the full path.
        fc.pre(
          !/Страна|ns:a|constructor|__proto__|toString/.test(xml) && !('throws' in fullPath(xml)),
        );
        expect({ xml, read: read(xml) !== undefined }).toEqual({ xml, read: true });
      }),
      { numRuns: 3000 },
    );
  });

  it('on documents edited out of the layout or out of well-formedness', () => {
    fc.assert(
      fc.property(documents, fc.array(edits, { minLength: 1, maxLength: 3 }), (xml, changes) =>
        agrees(changes.reduce<string>((text, change) => edit(text, change), xml)),
      ),
      { numRuns: 5000 },
    );
  });

  it('on the API’s answers: reference answers and a generated page, whole and cut at every character', () => {
    for (const xml of [
      referenceXml('project'),
      referenceXml('session'),
      statsXml(hourlyPage(2, 3, 5)),
    ]) {
      expect(read(xml)).toBeDefined();
      for (let at = 0; at <= xml.length; at++) {
        agrees(xml.slice(0, at));
        agrees(xml.slice(0, at) + xml.slice(at + 1));
      }
    }
  });
});

describe('readPlainXml leaves to the full path what fast-xml-parser reads its own way', () => {
  it.each([
    ['a carriage return in text', '<a>x\ry</a>'],
    ['CR LF in text', '<a>x\r\ny</a>'],
    ['the name prototype', '<r><prototype>1</prototype></r>'],
    ['nesting past fast-xml-parser’s limit', `${'<a>'.repeat(102)}${'</a>'.repeat(102)}`],
    ['?> inside a quoted declaration value', '<?xml version="?>"?><a/>'],
  ])('%s', (_case, xml) => {
    expect(read(xml)).toBeUndefined();
    agrees(xml);
  });
});

describe('parseXml', () => {
  it('reports what is not well-formed by the full path’s errors', () => {
    expect(() => parseXml('<Response><Items><Item>1</Item>')).toThrow('is not closed');
    expect(() => parseXml('<Response><Page>1</Pages></Response>')).toThrow('does not close');
  });

  it('reads what the plain reader leaves (a comment, CDATA, attributes) by the full path', () => {
    expect(parseXml('<Response a="1"><!-- c --><Name><![CDATA[A&B]]></Name></Response>')).toEqual({
      Response: { Name: 'A&B' },
    });
  });
});
