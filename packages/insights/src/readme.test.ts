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

/** A worked example: the first `js` block after its heading. */
function workedExample(heading: string): string {
  const at = readme.indexOf(heading);
  if (at < 0) throw new Error(`the README has no section ${heading}`);
  const code = /```js\n([\s\S]*?)```/.exec(readme.slice(at))?.[1];
  if (code === undefined) throw new Error(`the README has no worked example under ${heading}`);
  return code;
}

describe('the README', () => {
  it.each([
    ['## A worked example', 'example.mjs'],
    ['## How did this week do?', 'periods.mjs'],
  ])('runs the example under %s and prints what its `// →` lines say', async (heading, name) => {
    const code = workedExample(heading);
    const promised = [...code.matchAll(/^\/\/ → (.*)$/gm)].map((match) => match[1]!);
    expect(promised.length).toBeGreaterThan(0);
    // As a user saves it: a plain .mjs file, its import resolved to this package's source.
    const file = join(folder, name);
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
