import { methods } from '@boomstream/spec';
import { describe, expect, it } from 'vitest';

import { hourlyPage, statsXml } from '../test/xml.js';
import { referenceXml } from '../test/fixtures.js';
import { decodeBody } from './decode.js';

describe('the reference examples, from the generated fixtures', () => {
  it.each([
    ['project', 'project'],
    ['target', 'media'],
  ] as const)('%s decodes to the values of docs/api.md', (name, sourceType) => {
    expect(decodeBody(methods[name], referenceXml(name), 1)).toEqual({
      status: 'success',
      page: {
        period: { start: '2019-01-01', end: '2020-05-10' },
        groupBy: 'day',
        sourceType,
        page: 1,
        pageLimit: 1000,
        pageCount: 1,
        itemCount: 1,
        items: [{ date: '2019-12-23', timeMs: 965_600, hours: 0.27 }],
      },
    });
  });

  it('session decodes to the values of docs/api.md', () => {
    const decoded = decodeBody(methods.session, referenceXml('session'), 1);
    expect(decoded).toEqual({
      status: 'success',
      page: {
        page: 1,
        items: [
          {
            place: 'Media name',
            ip: '192.168.0.1',
            country: 'Russia',
            userAgent:
              'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/84.0.4147.135 Safari/537.36',
            createdAt: '2020-09-09T11:35:28+03:00',
            leftActivations: 1,
          },
        ],
      },
    });
    const createdAt = decoded.status === 'success' ? decoded.page.items[0]?.createdAt : undefined;
    expect(new Date(createdAt ?? NaN).toISOString()).toBe('2020-09-09T08:35:28.000Z');
  });
});

describe('decodeBody', () => {
  it('reads a Failed answer with and without a Message', () => {
    const failed = '<Response><Status>Failed</Status><Message>Media not found</Message></Response>';
    expect(decodeBody(methods.target, failed, 1)).toEqual({
      status: 'failed',
      message: 'Media not found',
    });
    expect(decodeBody(methods.target, '<Response><Status>Failed</Status></Response>', 1)).toEqual({
      status: 'failed',
      message: undefined,
    });
  });

  it('ignores Version and Versions, also where they would break the shape', () => {
    const xml = referenceXml('project').replace(
      '</Response>',
      '<Version>2</Version><Versions><Item>note</Item><Item>other</Item></Versions></Response>',
    );
    expect(decodeBody(methods.project, xml, 1)).toEqual(
      decodeBody(methods.project, referenceXml('project'), 1),
    );
  });

  it('reads one Item and many Items alike, and a session page as the page asked for', () => {
    const one = hourlyPage(2, 3, 1);
    expect(decodeBody(methods.project, statsXml(one), 2)).toEqual({ status: 'success', page: one });
    const many = hourlyPage(1, 1, 1000);
    expect(decodeBody(methods.project, statsXml(many), 1)).toEqual({
      status: 'success',
      page: many,
    });
    const session = decodeBody(methods.session, referenceXml('session'), 7);
    expect(session.status === 'success' && session.page.page).toBe(7);
  });

  it('keeps text as text and decodes the predefined entities and character references only', () => {
    const xml = referenceXml('session')
      .replace('Media name', 'AT&amp;T &lt;0012&gt; &#x41;&#66; &quot;&apos; &copy;')
      .replace('Russia', '0012');
    const decoded = decodeBody(methods.session, xml, 1);
    expect(decoded.status === 'success' && decoded.page.items[0]).toMatchObject({
      place: 'AT&T <0012> AB "\' &copy;',
      country: '0012',
    });
  });

  it('does not expand entities a DOCTYPE declares', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>${referenceXml('session').replace('Russia', '&b;')}`;
    const decoded = decodeBody(methods.session, xml, 1);
    const country = decoded.status === 'success' ? decoded.page.items[0]?.country : undefined;
    expect(country).toBe('&b;');
  });

  it.each([
    ['an HTML error page', '<html><body><h1>502 Bad Gateway</h1></body></html>'],
    ['JSON', '{"Status":"Success"}'],
    ['an empty body', ''],
    ['a body cut inside a tag', referenceXml('project').slice(0, 200)],
    [
      'a body cut after an element',
      referenceXml('project').slice(0, referenceXml('project').indexOf('</Item>') + 7),
    ],
    ['an element named __proto__', '<Response><__proto__>x</__proto__></Response>'],
    [
      'a number where the spec wants one, spelled otherwise',
      referenceXml('project').replace('<Page>1</Page>', '<Page>one</Page>'),
    ],
  ])('calls %s invalid', (_case, text) => {
    expect(decodeBody(methods.project, text, 1).status).toBe('invalid');
  });

  it.each([
    ['23.12.2019 24:00', 'Items.Item.0.date'],
    ['31.02.2019', 'Items.Item.0.date'],
  ])('names the element and the rule of a bad item inside Items (%s)', (date, where) => {
    const xml = referenceXml('project').replace('23.12.2019', date);
    const decoded = decodeBody(methods.project, xml, 1);
    expect(decoded.status === 'invalid' && decoded.reason).toMatch(new RegExp(`^${where}: `));
    expect(decoded.status === 'invalid' && decoded.reason).not.toMatch(/Invalid input$/);
  });
});

describe('an empty session answer is an empty page', () => {
  it.each([
    '<Response/>',
    '<Response></Response>',
    '<Response>\n  </Response>',
    '<?xml version="1.0" encoding="utf-8"?>\n<Response />',
    '<Response><Status>Success</Status></Response>',
    '<Response><Items/></Response>',
    '<Response><Version>2</Version></Response>',
  ])('%j', (xml) => {
    expect(decodeBody(methods.session, xml, 3)).toEqual({
      status: 'success',
      page: { page: 3, items: [] },
    });
  });

  it('but an empty stats answer, which must tell its paging, is invalid', () => {
    expect(decodeBody(methods.project, '<Response/>', 1).status).toBe('invalid');
  });
});

describe('CDATA content is literal text', () => {
  it.each([
    ['AT&amp;T', 'AT&amp;T'],
    ['a < b > c', 'a < b > c'],
    ['&lt;script&gt;', '&lt;script&gt;'],
    ['&#x41;&#66;', '&#x41;&#66;'],
    ['', ''],
  ])('<![CDATA[%s]]> is %j', (content, place) => {
    const xml = referenceXml('session').replace('Media name', `<![CDATA[${content}]]>`);
    const decoded = decodeBody(methods.session, xml, 1);
    expect(decoded.status === 'success' && decoded.page.items[0]?.place).toBe(place);
  });

  it('next to escaped text, each keeps its own rule', () => {
    const xml = referenceXml('session').replace('Media name', 'AT&amp;T <![CDATA[&amp;]]> Co');
    const decoded = decodeBody(methods.session, xml, 1);
    expect(decoded.status === 'success' && decoded.page.items[0]?.place).toBe('AT&T &amp; Co');
  });

  it('a CDATA opener inside a comment is comment, and the sections after it are still read', () => {
    const place = '<!-- <![CDATA[ -->AT&amp;T<![CDATA[ & Co]]><!-- ]]> -->';
    const xml = referenceXml('session').replace('Media name', place);
    const decoded = decodeBody(methods.session, xml, 1);
    expect(decoded.status === 'success' && decoded.page.items[0]?.place).toBe('AT&T & Co');
  });

  it('an unclosed section is not well-formed, with where it starts', () => {
    const xml = referenceXml('session').replace('Media name', '<![CDATA[Media name');
    const decoded = decodeBody(methods.session, xml, 1);
    const at = xml.indexOf('<![CDATA[') + '<![CDATA['.length;
    expect(decoded).toEqual({
      status: 'invalid',
      reason: `not well-formed XML (a CDATA section is not closed at character ${at})`,
    });
  });
});

describe('time_dim in other number formats', () => {
  it.each([
    ['0,27 hours', 0.27],
    ['0.27 hours', 0.27],
    ['0,3 hours', 0.3],
  ])('%j is read as %d hours', (text, hours) => {
    const xml = referenceXml('project').replace('0.27 hours', text);
    const decoded = decodeBody(methods.project, xml, 1);
    expect(decoded.status === 'success' && decoded.page.items[0]).toEqual({
      date: '2019-12-23',
      timeMs: 965_600,
      hours,
    });
  });

  it.each(['0.27 ч', '0:16', '27%', 'n/a', ''])(
    'an unreadable %j does not fail the page: hours come from time (965600 ms = 0.27 h)',
    (text) => {
      const xml = referenceXml('project').replace('0.27 hours', text);
      const decoded = decodeBody(methods.project, xml, 1);
      expect(decoded.status === 'success' && decoded.page.items[0]?.hours).toBe(0.27);
    },
  );
});
