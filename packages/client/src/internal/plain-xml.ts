/**
 * A one-pass reader of the XML layout the API answers in: an optional XML
 * declaration, then elements that hold either text or other elements, no
 * attributes, comments, CDATA, DOCTYPE or instructions. For such a text it gives
 * what fast-xml-parser with the client's options gives (values as trimmed text,
 * references decoded, `Item` always a list, repeated names as lists), several
 * times faster: it reads each tag once, with no well-formedness pass before it.
 *
 * It only ever says "this is the document" or "not sure": on anything outside
 * that layout, or not well-formed, it returns `undefined` and the full path (the
 * well-formedness check, then fast-xml-parser) reads the text and reports the
 * error. `plain-xml.property.test.ts` checks that whatever it reads, the full
 * path reads the same.
 */

import { isSpace, REFERENCE } from './well-formed.js';

/** An ASCII letter or `_`: what a name starts with here (any other name is left to the full path). */
const isNameStart = (code: number) =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f;

/** A name's further characters here: a start character, a digit, `-` or `.`. */
const isNameChar = (code: number) =>
  isNameStart(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x2e;

/** An XML declaration of quoted pseudo-attributes (`version="1.0" encoding="utf-8"`). */
const DECLARATION =
  /<\?xml(?:[ \t\r\n]+[A-Za-z]+[ \t\r\n]*=[ \t\r\n]*(?:"[^"<?]*"|'[^'<?]*'))*[ \t\r\n]*\?>/y;

/** What the reader must match: the parser options it stands in for. */
export interface PlainLayout {
  /** Names always read as a list (fast-xml-parser's `isArray`). */
  readonly listed: ReadonlySet<string>;
  /** The value processor of non-empty trimmed text (its `tagValueProcessor`). */
  readonly decodeText: (text: string) => string;
  /** Its `maxNestedTags`: the reader declines from one element below it. */
  readonly maxNestedTags: number;
}

/** An element being read: its name, and its children, or where its text starts. */
interface Open {
  readonly name: string;
  children: Record<string, unknown> | undefined;
  readonly textStart: number;
}

/** Whether every `&` of a text starts a reference the check accepts. */
function referencesValid(text: string): boolean {
  for (let at = text.indexOf('&'); at !== -1; at = text.indexOf('&', at + 1)) {
    REFERENCE.lastIndex = at;
    if (!REFERENCE.test(text)) return false;
  }
  return true;
}

/** Whether the text between `from` and `to` is white space only (the only text allowed between elements). */
function blank(xml: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(xml.charCodeAt(i))) return false;
  return true;
}

/** Adds a child as fast-xml-parser does: a list for names always listed, and for a name met again. */
function addChild(
  parent: Record<string, unknown>,
  name: string,
  value: unknown,
  listed: ReadonlySet<string>,
): void {
  if (!Object.hasOwn(parent, name)) {
    parent[name] = listed.has(name) ? [value] : value;
    return;
  }
  const existing = parent[name];
  // Values are text or objects: a list here is one this reader made.
  if (Array.isArray(existing)) existing.push(value);
  else parent[name] = [existing, value];
}

/**
 * The document of `xml` in the plain layout, as fast-xml-parser reads it with the
 * options `layout` describes; `undefined` for any other text, which the full path
 * then reads.
 */
export function readPlainXml(
  xml: string,
  { listed, decodeText, maxNestedTags }: PlainLayout,
): Record<string, unknown> | undefined {
  let i = 0;
  while (isSpace(xml.charCodeAt(i))) i++;
  if (xml.startsWith('<?xml', i)) {
    DECLARATION.lastIndex = i;
    if (!DECLARATION.test(xml)) return undefined;
    i = DECLARATION.lastIndex;
  }
  const document: Record<string, unknown> = {};
  const open: Open[] = [];
  for (;;) {
    const lt = xml.indexOf('<', i);
    const current = open.at(-1);
    if (lt === -1) {
      return current === undefined &&
        Object.keys(document).length === 1 &&
        blank(xml, i, xml.length)
        ? document
        : undefined;
    }
    if (lt > i && (current === undefined || current.children !== undefined)) {
      // Between elements: white space only (text beside elements is mixed content).
      if (!blank(xml, i, lt)) return undefined;
    }
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x2f) {
      // </name>, closing the element open last
      if (current === undefined) return undefined;
      const end = lt + 2 + current.name.length;
      if (!xml.startsWith(current.name, lt + 2) || xml.charCodeAt(end) !== 0x3e) return undefined;
      let value: unknown = current.children;
      if (value === undefined) {
        // The element's own text only: a search of the rest of the document for each
        // element would make reading quadratic.
        const raw = xml.slice(current.textStart, lt);
        // fast-xml-parser turns CR LF and CR into LF: such text is left to it.
        if (raw.includes('\r') || !referencesValid(raw)) return undefined;
        const text = raw.trim();
        value = text === '' ? '' : decodeText(text);
      }
      open.pop();
      addChild(open.at(-1)?.children ?? document, current.name, value, listed);
      i = end + 1;
      continue;
    }
    if (!isNameStart(next)) return undefined; // a comment, CDATA, DOCTYPE, instruction or no name
    if (current === undefined && Object.keys(document).length > 0) return undefined; // a second root
    if (current !== undefined && current.children === undefined) {
      // The element's first child: no text may come before it.
      if (!blank(xml, current.textStart, lt)) return undefined;
      current.children = {};
    }
    let nameEnd = lt + 2;
    while (isNameChar(xml.charCodeAt(nameEnd))) nameEnd++;
    const name = xml.slice(lt + 1, nameEnd);
    // A name Object.prototype has (`__proto__`, `constructor`) is left to the full path.
    // fast-xml-parser refuses `prototype` too, and nesting past its depth limit.
    if (name in Object.prototype || name === 'prototype' || open.length >= maxNestedTags - 1)
      return undefined;
    const after = xml.charCodeAt(nameEnd);
    if (after === 0x3e) {
      open.push({ name, children: undefined, textStart: nameEnd + 1 });
      i = nameEnd + 1;
    } else if (after === 0x2f && xml.charCodeAt(nameEnd + 1) === 0x3e) {
      addChild(current?.children ?? document, name, '', listed);
      i = nameEnd + 2;
    } else {
      return undefined; // attributes, or a name this reader does not take
    }
  }
}
