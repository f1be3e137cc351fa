import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { describe, expect, it } from 'vitest';

import { operationsOf, readDocument } from '../test/document.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const page = new URL('../dist/openapi.html', import.meta.url);

describe('npm run docs', () => {
  it('renders one self-contained HTML page that shows every operation', async () => {
    await rm(page, { force: true });
    await promisify(execFile)('npm', ['run', 'docs'], { cwd: packageDir });
    const html = await readFile(page, 'utf8');

    for (const { operation } of operationsOf(await readDocument())) {
      const { operationId, summary } = operation;
      // Prerendered markup, not only the embedded document: a link and a heading per operation.
      expect(html, operationId).toContain(`href="/other/${operationId.toLowerCase()}"`);
      expect(html, operationId).toContain(`>${summary}<`);
    }
    // Offline: scripts are inlined and the page's usage data is switched off.
    expect(html).not.toMatch(/<script[^>]*\ssrc=/);
    expect(html).not.toMatch(/<link[^>]*\shref="https?:/);
    expect(html).toContain('"disableTelemetry":true');
  });
});
