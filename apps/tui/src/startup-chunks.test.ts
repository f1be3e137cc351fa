import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

/** The bundle `test/build-bin.ts` builds before the tests. */
const CHUNKS = fileURLToPath(new URL('../dist/chunks/', import.meta.url));

/** Every chunk `first` loads before it runs: its static imports, and theirs. */
async function staticClosure(first: string): Promise<Map<string, string>> {
  const seen = new Map<string, string>();
  const todo = [first];
  for (let name = todo.pop(); name !== undefined; name = todo.pop()) {
    if (seen.has(name)) continue;
    const text = await readFile(`${CHUNKS}${name}`, 'utf8');
    seen.set(name, text);
    // `import{a as b}from"./chunk-X.js"` and `import"./chunk-X.js"`; never `import("…")`.
    for (const [, imported] of text.matchAll(/(?:from|import)"\.\/([^"]+\.js)"/g)) {
      if (imported) todo.push(imported);
    }
  }
  return seen;
}

describe('what the UI loads before it takes keys', () => {
  it("holds none of the sharing audit's parsers (bowser, ipaddr.js) nor the workbook writer", async () => {
    const app = (await readdir(CHUNKS)).find((name) => /^load-app-\w+\.js$/.test(name));
    expect(app).toBeDefined();
    const loaded = await staticClosure(app ?? '');
    expect(loaded.size).toBeGreaterThan(1);
    for (const [name, text] of loaded) {
      // Strings each library's minified code keeps: its name, ipaddr.js's IPv4 forms, exceljs's.
      expect(text, name).not.toMatch(/bowser|fourOctet|ExcelJS|exceljs/i);
    }
  });
});
