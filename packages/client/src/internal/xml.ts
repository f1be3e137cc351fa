import { xmlLayout } from '@boomstream/spec';
import { XMLParser, type X2jOptions } from 'fast-xml-parser';

import { readPlainXml, type PlainLayout } from './plain-xml.js';
import { checkWellFormed } from './well-formed.js';

const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/**
 * Entity processing is off in the parser (a DOCTYPE could declare expanding
 * entities); the five predefined ones and character references are safe and
 * real text uses them (`AT&amp;T`), so they are decoded here.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi,
    (whole, hex?: string, dec?: string, name?: string) => {
      if (name !== undefined) return PREDEFINED_ENTITIES[name.toLowerCase()] ?? whole;
      const codePoint = Number.parseInt(hex ?? dec ?? '', hex === undefined ? 10 : 16);
      return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole;
    },
  );
}

const arrayElements: ReadonlySet<string> = new Set(xmlLayout.arrayElements);

/** fast-xml-parser's default depth limit, set in one place for the parser and the plain reader. */
const MAX_NESTED_TAGS = 100;

/**
 * The options of the one parser for every answer: values stay text, for the
 * spec's codecs to type. Exported for the bench's baseline, a bare parse.
 */
export const XML_PARSER_OPTIONS: X2jOptions = {
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // "0012" must not become 12: the spec's codecs decide what is a number.
  parseTagValue: false,
  processEntities: false,
  trimValues: true,
  tagValueProcessor: (_name, value) => decodeEntities(value),
  isArray: (name) => arrayElements.has(name),
  // The callbacks read names only: no path text built for every element.
  jPath: false,
  maxNestedTags: MAX_NESTED_TAGS,
};

/** The options above, as the plain reader matches them. */
export const PLAIN_LAYOUT: PlainLayout = {
  listed: arrayElements,
  decodeText: decodeEntities,
  maxNestedTags: MAX_NESTED_TAGS,
};

const parser = new XMLParser(XML_PARSER_OPTIONS);

/**
 * Parses XML text: the API's plain layout in one pass (`readPlainXml`), anything
 * else by checking well-formedness first (`checkWellFormed`), since unchecked, a
 * body cut after an element (`<Response><Items><Item>…</Item>`) parses, with items
 * missing. Throws on anything that is not well-formed XML.
 */
export function parseXml(xml: string): unknown {
  return readPlainXml(xml, PLAIN_LAYOUT) ?? parseChecked(xml);
}

/** The full path: any well-formed XML, through fast-xml-parser. Exported for the tests' oracle. */
export function parseChecked(xml: string): unknown {
  const text = literalCdata(xml);
  checkWellFormed(text);
  return parser.parse(text);
}

const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;

/**
 * CDATA sections as escaped text: their content is literal (`<![CDATA[AT&amp;T]]>`
 * is `AT&amp;T`), but the parser would merge it with the text around it, and the
 * entity decoding above would then apply to it too. Escaped, it decodes back to
 * exactly itself.
 */
function literalCdata(xml: string): string {
  if (!xml.includes('<![CDATA[')) return xml;
  return xml.replace(CDATA, (_section, text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
  );
}
