import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { describe, expect, it } from 'vitest';

import { operationsOf, readDocument } from '../test/document.js';
import { SLOW_TEST_MS } from '../test/slow.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const page = new URL('../dist/openapi.html', import.meta.url);

describe('npm run docs', () => {
  it(
    'renders one self-contained HTML page: the overview with both servers, a page per tag, every operation at its path',
    async () => {
      await rm(page, { force: true });
      await promisify(execFile)('npm', ['run', 'docs'], { cwd: packageDir });
      const html = await readFile(page, 'utf8');
      const document = await readDocument();

      // Prerendered markup: the overview lists the servers, the side menu links each tag's page.
      expect(html.match(/data-testid="server-panel-item-name"/g)).toHaveLength(
        document.servers.length,
      );
      for (const { name } of document.tags) {
        expect(html, name).toContain(`href="/${name.toLowerCase()}"`);
        expect(html, name).toContain(`>${name}<`);
      }
      // A tag's page renders in the browser from the document embedded in the page.
      for (const { path, operation } of operationsOf(document)) {
        expect(html, path).toContain(`"${path}":{"get":{"operationId":"${operation.operationId}"`);
        expect(html, path).toContain(`"summary":"${operation.summary}"`);
      }
      // Offline: scripts are inlined and the page's usage data is switched off.
      expect(html).not.toMatch(/<script[^>]*\ssrc=/);
      expect(html).not.toMatch(/<link[^>]*\shref="https?:/);
      expect(html).toContain('"disableTelemetry":true');
    },
    SLOW_TEST_MS,
  );
});
