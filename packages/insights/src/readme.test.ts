import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format } from 'node:util';

import { afterAll, describe, expect, it, vi } from 'vitest';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const folder = mkdtempSync(join(tmpdir(), 'insights-readme-'));

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** The worked example: the first `js` block after its heading. */
function workedExample(): string {
  const section = readme.slice(readme.indexOf('## A worked example'));
  const code = /```js\n([\s\S]*?)```/.exec(section)?.[1];
  if (code === undefined) throw new Error('the README has no worked example');
  return code;
}

describe('the README', () => {
  it('runs its worked example and prints what its `// →` lines say', async () => {
    const code = workedExample();
    const promised = [...code.matchAll(/^\/\/ → (.*)$/gm)].map((match) => match[1]!);
    expect(promised.length).toBeGreaterThan(0);
    // As a user saves it: a plain .mjs file, its import resolved to this package's source.
    const file = join(folder, 'example.mjs');
    writeFileSync(file, code);
    const printed: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      printed.push(format(...args));
    });
    try {
      await import(/* @vite-ignore */ pathToFileURL(file).href);
    } finally {
      log.mockRestore();
    }
    expect(printed).toEqual(promised);
  });

  it('names every option with its default', async () => {
    const { AUDIT_DEFAULTS } = await import('./index.js');
    for (const [name, value] of Object.entries(AUDIT_DEFAULTS)) {
      expect(readme, name).toContain(`\`${name}\` (${String(value)})`);
    }
  });
});
