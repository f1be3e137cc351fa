import { xmlLayout } from '@boomstream/spec';
import { XMLParser, type X2jOptions } from 'fast-xml-parser';

import { checkWellFormed, type CdataSection } from './well-formed.js';

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
function decodeEntities(text: string): string {
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
};

const parser = new XMLParser(XML_PARSER_OPTIONS);

/**
 * Parses XML text, checking well-formedness first (`checkWellFormed`): unchecked,
 * a body cut after an element (`<Response><Items><Item>…</Item>`) parses, with
 * items missing. Throws on anything that is not well-formed XML.
 */
export function parseXml(xml: string): unknown {
  const cdata = checkWellFormed(xml);
  return parser.parse(cdata.length === 0 ? xml : literalCdata(xml, cdata));
}

const escapeText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The text with its CDATA sections as escaped text: their content is literal
 * (`<![CDATA[AT&amp;T]]>` is `AT&amp;T`), but the parser would merge it with the
 * text around it, and the entity decoding above would then apply to it too.
 * Escaped, it decodes back to exactly itself. The sections are the check's, so
 * the text is read once, and a comment that looks like CDATA stays a comment.
 */
function literalCdata(xml: string, sections: readonly CdataSection[]): string {
  let text = '';
  let from = 0;
  for (const { start, end } of sections) {
    text += xml.slice(from, start - '<![CDATA['.length) + escapeText(xml.slice(start, end));
    from = end + ']]>'.length;
  }
  return text + xml.slice(from);
}
