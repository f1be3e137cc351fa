import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { describe, expect, it } from 'vitest';

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

describe('the published package', () => {
  it('ships the bundled bin and a README about using it', async () => {
    const { stdout } = await promisify(execFile)(
      'npm',
      ['pack', '--dry-run', '--json', '--ignore-scripts'],
      { cwd: PACKAGE_DIR },
    );
    const [pack] = JSON.parse(stdout) as [{ files: { path: string }[] }];
    const files = pack.files.map(({ path }) => path);
    // The bin and every file it may load: the build's whole output.
    const built = await readdir(fileURLToPath(new URL('../dist', import.meta.url)), {
      recursive: true,
      withFileTypes: true,
    });
    const dist = built
      .filter((entry) => entry.isFile())
      .map((entry) => relative(PACKAGE_DIR, join(entry.parentPath, entry.name)));
    expect(dist).toContain('dist/boomstream.js');
    expect(files).toEqual(expect.arrayContaining(dist));
    expect(files).toContain('README.md');
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    for (const topic of ['boomstream demo', 'watch list', 'NO_COLOR', '--timeout', 'Exit codes']) {
      expect(readme).toContain(topic);
    }
  }, 30_000);
});
