import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';

import { referenceXml } from '../../test/fixtures.js';
import { checkWellFormed, NotWellFormed } from './well-formed.js';

const wellFormed = (xml: string) => {
  try {
    checkWellFormed(xml);
    return true;
  } catch (error) {
    expect(error).toBeInstanceOf(NotWellFormed);
    return false;
  }
};

/** Answers with every construct the check passes over: a prolog, a comment, references, an empty element. */
const documents = [
  referenceXml('project'),
  referenceXml('session'),
  `<?xml version="1.0" encoding="utf-8"?>\n<!-- note -->\n${referenceXml('session').replace('Media name', 'AT&amp;T &#x41;&#66;').replace('<Country>Russia</Country>', '<Country/>')}\n`,
];

describe('checkWellFormed agrees with fast-xml-parser’s validator', () => {
  it.each(documents.map((xml, index) => [index, xml] as const))(
    'on answer %i, every cut of it and every answer with one character deleted',
    (_index, xml) => {
      expect(wellFormed(xml)).toBe(true);
      for (let at = 0; at < xml.length; at++) {
        for (const variant of [xml.slice(0, at), xml.slice(0, at) + xml.slice(at + 1)]) {
          // eslint-disable-next-line @typescript-eslint/no-deprecated -- the check it replaced is the reference here
          const validator = XMLValidator.validate(variant) === true;
          expect({ variant, ok: wellFormed(variant) }).toEqual({ variant, ok: validator });
        }
      }
    },
  );
});

describe('checkWellFormed', () => {
  it.each([
    ['a closing tag of another name', '<Response><Page>1</Pages></Response>'],
    ['a closing tag with nothing open', '<Response></Response></Response>'],
    ['two roots', '<Response/><Response/>'],
    ['text after the root', '<Response/>tail'],
    ['a bare &', '<Response><Place>AT&T</Place></Response>'],
    ['a name that starts with a digit', '<Response><1a>x</1a></Response>'],
    ['an unclosed comment', '<Response><!-- x </Response>'],
    ['an unclosed quoted value', '<Response a="x></Response>'],
    ['no element at all', '  '],
  ])('refuses %s', (_case, xml) => {
    expect(() => {
      checkWellFormed(xml);
    }).toThrow(NotWellFormed);
  });

  it.each([
    ['a > in text and a quoted > in a tag', '<Response a=">"><Place>a > b</Place></Response>'],
    [
      'a DOCTYPE with an internal subset',
      '<!DOCTYPE r [<!ENTITY a "]>">]><Response>&a;</Response>',
    ],
    ['a CDATA section', '<Response><Place><![CDATA[a < b & c]]></Place></Response>'],
    ['spaces before a closing >', '<Response><Page>1</Page  ></Response >'],
    ['names with non-ASCII letters, digits, dots and dashes', '<Ответ><a-1.b>x</a-1.b></Ответ>'],
  ])('accepts %s', (_case, xml) => {
    expect(wellFormed(xml)).toBe(true);
  });

  it('says what is not closed, and where', () => {
    expect(() => {
      checkWellFormed('<Response><Items><Item>');
    }).toThrow('<Item> is not closed at character 23');
  });
});
