/**
 * The well-formedness check of an answer, in one pass over the text: elements
 * nest and close by name, exactly one root element with only blanks, comments
 * and declarations around it, every `&` in text starts a reference, every tag
 * name is an XML name. It is what makes a body cut short an error instead of a
 * page with items missing: fast-xml-parser, unchecked, closes whatever is open
 * at the end, and takes a closing tag of another name for the one open.
 *
 * fast-xml-parser's own validator (`XMLValidator`, deprecated in favour of a
 * package the client does not depend on) checks this and more (attribute syntax,
 * which the client ignores), at several times the cost: this check reads tags
 * and references, never text, and cuts no text out per element.
 *
 * Every pass over the text moves forward: a search that finds no end fails the
 * check there, so no text is searched twice, whatever the body holds.
 */

/** Whether a character may start an XML `Name`: an ASCII letter, `_`, `:`, or any from U+00C0 on. */
function isNameStart(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) || // a-z
    (code >= 0x41 && code <= 0x5a) || // A-Z
    code === 0x5f || // _
    code === 0x3a || // :
    code >= 0xc0
  );
}

/** Whether a character may continue an XML `Name`: a start character, a digit, `-`, `.` or `·`. */
function isNameChar(code: number): boolean {
  return (
    isNameStart(code) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x2d ||
    code === 0x2e ||
    code === 0xb7
  );
}
/**
 * A reference that may follow `&`, as leniently as fast-xml-parser's validator
 * reads them (up to 20 word characters, or `#` and digits): what it let through
 * before this check replaced it still decodes.
 */
const REFERENCE = /&(?:\w{1,20}|#\d*|#x[\da-fA-F]*);/y;
const BLANK = /^[ \t\r\n]*$/;

/** Why a text is not well-formed, with where. */
export class NotWellFormed extends Error {
  constructor(reason: string, at: number) {
    super(`${reason} at character ${at}`);
    this.name = 'NotWellFormed';
  }
}

/** XML white space: space, tab, line feed, carriage return. */
const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

/** Whether the `length` characters at `a` and at `b` are the same. */
function sameText(xml: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) {
    if (xml.charCodeAt(a + k) !== xml.charCodeAt(b + k)) return false;
  }
  return true;
}

/** Where `end` closes what starts at `from`; throws when the text ends first. */
function indexAfter(xml: string, end: string, from: number, what: string): number {
  const at = xml.indexOf(end, from);
  if (at === -1) throw new NotWellFormed(`${what} is not closed`, from);
  return at + end.length;
}

/** The index after the `>` of a tag that starts at `from`, skipping quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  for (let i = from; i < xml.length; i++) {
    const code = xml.charCodeAt(i);
    if (code === 0x3e) return i + 1; // >
    if (code === 0x22 || code === 0x27)
      i = indexAfter(xml, xml[i] ?? '', i + 1, 'a quoted value') - 1;
  }
  throw new NotWellFormed('a tag is not closed', from);
}

/** The index after a `<!DOCTYPE …>` at `from`, with its internal subset in brackets. */
function doctypeEnd(xml: string, from: number): number {
  let depth = 0;
  for (let i = from; i < xml.length; i++) {
    const char = xml[i];
    if (char === '"' || char === "'") i = indexAfter(xml, char, i + 1, 'a quoted value') - 1;
    else if (char === '[') depth++;
    else if (char === ']') depth--;
    else if (char === '>' && depth === 0) return i + 1;
  }
  throw new NotWellFormed('the DOCTYPE is not closed', from);
}

/** Where the content of a CDATA section starts, and where its `]]>` does. */
export interface CdataSection {
  readonly start: number;
  readonly end: number;
}

/**
 * Throws `NotWellFormed` unless `xml` is a well-formed document, by the rules
 * above; else the CDATA sections it holds, in order (those the check passed over,
 * never the text of a comment or a declaration that looks like one).
 */
export function checkWellFormed(xml: string): CdataSection[] {
  /** The open elements, as where each name starts and its length. */
  const open: number[] = [];
  const cdata: CdataSection[] = [];
  let rootSeen = false;
  let ampersand = xml.indexOf('&'); // the next one; those in tags and comments are passed over
  let i = 0;
  for (;;) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt === -1 ? xml.length : lt;
    if (open.length === 0 && textEnd > i && !BLANK.test(xml.slice(i, textEnd))) {
      throw new NotWellFormed('text outside the root element', i);
    }
    for (; ampersand !== -1 && ampersand < textEnd; ampersand = xml.indexOf('&', ampersand + 1)) {
      REFERENCE.lastIndex = ampersand;
      if (ampersand >= i && !REFERENCE.test(xml)) {
        throw new NotWellFormed('an & that starts no reference', ampersand);
      }
    }
    if (lt === -1) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x2f) {
      // </name>, closing the element open last
      const length = open.pop() ?? -1;
      const start = open.pop() ?? -1;
      let end = lt + 2 + length;
      const sameName = start !== -1 && sameText(xml, start, lt + 2, length);
      while (isSpace(xml.charCodeAt(end))) end++;
      if (!sameName || xml.charCodeAt(end) !== 0x3e) {
        const name = start === -1 ? 'no open element' : `<${xml.slice(start, start + length)}>`;
        throw new NotWellFormed(`a closing tag that does not close ${name}`, lt);
      }
      i = end + 1;
    } else if (next === 0x3f) {
      i = indexAfter(xml, '?>', lt + 2, 'a declaration');
    } else if (xml.startsWith('!--', lt + 1)) {
      i = indexAfter(xml, '-->', lt + 4, 'a comment');
    } else if (xml.startsWith('![CDATA[', lt + 1) && open.length > 0) {
      i = indexAfter(xml, ']]>', lt + 9, 'a CDATA section');
      cdata.push({ start: lt + 9, end: i - 3 });
    } else if (xml.startsWith('!DOCTYPE', lt + 1) && !rootSeen) {
      i = doctypeEnd(xml, lt + 9);
    } else {
      let nameEnd = lt + 2;
      if (!isNameStart(xml.charCodeAt(lt + 1))) throw new NotWellFormed('a tag without a name', lt);
      while (isNameChar(xml.charCodeAt(nameEnd))) nameEnd++;
      const after = xml.charCodeAt(nameEnd);
      if (!isSpace(after) && after !== 0x3e && after !== 0x2f) {
        throw new NotWellFormed('a tag whose name is not an XML name', lt);
      }
      if (open.length === 0 && rootSeen) throw new NotWellFormed('a second root element', lt);
      rootSeen = true;
      i = after === 0x3e ? nameEnd + 1 : tagEnd(xml, nameEnd);
      // Positions, not names: no text is cut out per element.
      if (xml.charCodeAt(i - 2) !== 0x2f) open.push(lt + 1, nameEnd - lt - 1);
    }
  }
  const [start = -1, length = 0] = open.slice(-2);
  if (start !== -1) {
    throw new NotWellFormed(`<${xml.slice(start, start + length)}> is not closed`, xml.length);
  }
  if (!rootSeen) throw new NotWellFormed('no root element', xml.length);
  return cdata;
}
