import { afterEach, describe, expect, it } from 'vitest';

import { BoomstreamClient } from './index.js';
import { sendXml, startServer, type TestServer } from '../test/server.js';
import { hourlyPage, sessionXml, statsXml } from '../test/xml.js';

const API_KEY = 'header-only-key-5f2c';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("auth: 'header' on the wire", () => {
  it('sends no apikey in any request line, single pages and .all() alike, and the key as Bearer on every request', async () => {
    const lines: string[] = [];
    server = await startServer((request, response, raw) => {
      lines.push(raw.url ?? '');
      if (request.path.endsWith('/ppv/sessions')) {
        sendXml(response, sessionXml([]));
        return;
      }
      sendXml(response, statsXml(hourlyPage(Number(request.query.get('page') ?? '1'), 3)));
    });
    const client = new BoomstreamClient({ apiKey: API_KEY, baseUrl: server.url, auth: 'header' });

    await client.stats.project({ group: 'hour' });
    expect(await client.stats.project.all({ group: 'hour' })).toHaveLength(9);
    await client.stats.session.all({ code: 'AbCd1234', hash: 'customer-pass' });

    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const line of lines) {
      expect(line).not.toMatch(/apikey/i);
      expect(line).not.toContain(API_KEY);
    }
    for (const { headers } of server.requests) {
      expect(headers.authorization).toBe(`Bearer ${API_KEY}`);
    }
  });
});
