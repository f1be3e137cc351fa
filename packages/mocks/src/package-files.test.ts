import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { loadFixtureIndex } from './fixtures/index-file.js';

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

/** The files `npm publish` would ship, as npm itself lists them. */
function packedFiles(): string[] {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: PACKAGE_DIR,
    encoding: 'utf8',
  });
  const [pack] = JSON.parse(output) as [{ files: { path: string }[] }];
  return pack.files.map(({ path }) => path);
}

describe('the published package', () => {
  it('ships the fixtures that createFixtureAgent() reads at run time', () => {
    const files = packedFiles();
    const index = loadFixtureIndex();
    expect(files).toContain('fixtures/index.json');
    for (const { file } of [...index.fixtures, ...index.rejected]) {
      expect(files).toContain(`fixtures/${file}`);
    }
    expect(files).toContain('dist/cli/main.js');
  });
});
