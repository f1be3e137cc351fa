import { describe, expect, it, vi } from 'vitest';

import { referenceXml } from '../test/fixtures.js';
import { hourlyPage, statsXml } from '../test/xml.js';

/** `decodeBody` of a fresh module graph: no codec of it has decoded anything yet. */
async function freshDecodeBody() {
  vi.resetModules();
  const { decodeBody } = await import('./decode.js');
  return decodeBody;
}

const project = referenceXml('project');

describe('an answer decodes the same the first time a process decodes one and every time after', () => {
  it.each([
    ['a page of 50 hours', 'success', 'project', statsXml(hourlyPage(2, 3, 50))],
    ['a session page', 'success', 'session', referenceXml('session')],
    ['a bad date in an item', 'invalid', 'project', project.replace('23.12.2019', '31.02.2019')],
    [
      'a missing page count',
      'invalid',
      'project',
      project.replace(/<PageCount>\d+<\/PageCount>/, ''),
    ],
    [
      'a session without its IP',
      'invalid',
      'session',
      referenceXml('session').replace(/<ip>[^<]*<\/ip>/, ''),
    ],
  ] as const)('%s', async (_case, status, method, xml) => {
    const decodeBody = await freshDecodeBody();
    const first = decodeBody(method, xml, 2);
    expect(first.status).toBe(status);
    expect([decodeBody(method, xml, 2), decodeBody(method, xml, 2)]).toEqual([first, first]);
  });
});
