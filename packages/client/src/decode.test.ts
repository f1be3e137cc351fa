import { readFileSync } from 'node:fs';

import { methods } from '@boomstream/spec';
import { describe, expect, it } from 'vitest';

import { decodeBody } from './decode.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../mocks/fixtures/reference/${name}.xml`, import.meta.url), 'utf8');

describe('the reference examples, from the generated fixtures', () => {
  it.each([
    ['project', 'project'],
    ['target', 'media'],
  ] as const)('%s decodes to the values of WIRE.md', (name, sourceType) => {
    expect(decodeBody(methods[name], fixture(name), 1)).toEqual({
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

  it('session decodes to the values of WIRE.md', () => {
    const decoded = decodeBody(methods.session, fixture('session'), 1);
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

  it('ignores Version and Versions', () => {
    const xml = fixture('session').replace(
      '</Response>',
      '<Version>2</Version><Versions><Item>note</Item></Versions></Response>',
    );
    expect(decodeBody(methods.session, xml, 1).status).toBe('success');
  });

  it('keeps text as text and decodes predefined entities only', () => {
    const xml = fixture('session')
      .replace('Media name', 'AT&amp;T &lt;0012&gt; &#x41;')
      .replace('Russia', '0012');
    const decoded = decodeBody(methods.session, xml, 1);
    expect(decoded.status === 'success' && decoded.page.items[0]).toMatchObject({
      place: 'AT&T <0012> A',
      country: '0012',
    });
  });

  it('does not expand entities a DOCTYPE declares', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>${fixture('session').replace('Russia', '&b;')}`;
    const decoded = decodeBody(methods.session, xml, 1);
    const country = decoded.status === 'success' ? decoded.page.items[0]?.country : undefined;
    expect(country).toBe('&b;');
  });

  it.each([
    ['an HTML error page', '<html><body><h1>502 Bad Gateway</h1></body></html>'],
    ['JSON', '{"Status":"Success"}'],
    ['an empty body', ''],
    ['a truncated body', fixture('project').slice(0, 200)],
  ])('calls %s invalid', (_case, text) => {
    expect(decodeBody(methods.project, text, 1).status).toBe('invalid');
  });
});
