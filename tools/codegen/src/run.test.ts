import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';

import { findDrift, type GeneratorOutput } from './output.js';
import { runGenerators } from './run.js';

/** Two generators' worth of files: a TypeScript folder the first owns, data files of the second. */
const outputs: GeneratorOutput[] = [
  {
    files: [{ path: 'a/generated/one.ts', content: 'export const one = 1;\n' }],
    ownedDirs: ['a/generated'],
  },
  {
    files: [
      { path: 'b/data/README.md', content: '# Generated files\n' },
      { path: 'b/data/answer.xml', content: '<Response>Russia</Response>\n' },
    ],
    ownedDirs: ['b/data'],
  },
];

let root: string;
let printedErrors: MockInstance<(...data: unknown[]) => void>;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'boomstream-codegen-'));
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  printedErrors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(async () => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
  await rm(root, { recursive: true, force: true });
});

describe('runGenerators', () => {
  it('writes every file into an empty tree, after which the check finds nothing', async () => {
    await runGenerators('test', outputs, { check: false, root });
    expect(await readFile(join(root, 'b/data/answer.xml'), 'utf8')).toBe(
      '<Response>Russia</Response>\n',
    );
    expect(await findDrift(outputs, root)).toEqual({ stale: [], missing: [], unexpected: [] });
  });

  it('with check, writes nothing and fails naming a file whose one character changed, a missing file and a file nobody generates', async () => {
    await runGenerators('test', outputs, { check: false, root });
    const xml = join(root, 'b/data/answer.xml');
    await writeFile(xml, '<Response>Russiа</Response>\n'); // a Cyrillic а: one character differs
    await rm(join(root, 'a/generated/one.ts'));
    await mkdir(join(root, 'a/generated/old'), { recursive: true });
    await writeFile(join(root, 'a/generated/old/stale.ts'), '');

    await runGenerators('test', outputs, { check: true, root });

    expect(process.exitCode).toBe(1);
    const message = printedErrors.mock.calls.flat().join('\n');
    expect(message).toContain('stale:      b/data/answer.xml');
    expect(message).toContain('missing:    a/generated/one.ts');
    expect(message).toContain('unexpected: a/generated/old/stale.ts');
    expect(message).toContain('Run `npm run generate`');
    expect(await readFile(xml, 'utf8')).toBe('<Response>Russiа</Response>\n');
  });

  it('without check, rewrites the stale file, writes the missing one and removes the unexpected one', async () => {
    await runGenerators('test', outputs, { check: false, root });
    await writeFile(join(root, 'b/data/answer.xml'), 'edited by hand\n');
    await rm(join(root, 'a/generated/one.ts'));
    await mkdir(join(root, 'a/generated/old'), { recursive: true });
    await writeFile(join(root, 'a/generated/old/stale.ts'), '');

    await runGenerators('test', outputs, { check: false, root });

    expect(process.exitCode).toBeUndefined();
    expect(await findDrift(outputs, root)).toEqual({ stale: [], missing: [], unexpected: [] });
    expect(await readFile(join(root, 'b/data/answer.xml'), 'utf8')).toBe(
      '<Response>Russia</Response>\n',
    );
  });
});
